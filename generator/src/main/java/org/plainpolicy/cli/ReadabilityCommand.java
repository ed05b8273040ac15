package org.plainpolicy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.validate.plain.Formula;
import org.plainpolicy.validate.plain.ReadabilityReport;
import org.plainpolicy.validate.plain.SectionScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "readability", mixinStandardHelpOptions = true,
        description = "Prints, for each version and language, each section's size, sentence lengths and reading "
                + "ease against the thresholds of site.yaml.")
final class ReadabilityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "policy",
            description = "The policy directory (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--lang", paramLabel = "L", description = "Only this language.")
    String language;

    @Override
    public Integer call() {
        PlainPolicy.ReadabilityResult result = PlainPolicy.standard().readability(directory,
                Optional.ofNullable(language));
        if (result.check().project().isEmpty()) {
            return FindingReport.print(result.check(), spec.commandLine().getOut(), spec.commandLine().getErr(),
                    false);
        }
        PrintWriter out = spec.commandLine().getOut();
        result.reports().forEach(report -> print(out, report));
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, ReadabilityReport report) {
        out.printf(Locale.ROOT, "%s %s  (%s; sentences up to %d words%s)%n", report.versionId(), report.language(),
                report.formula().map(Formula::title).orElse("no published readability formula for this language"),
                report.maxSentenceWords(), report.formula().map(f -> String.format(Locale.ROOT, ", ease %.0f or %s",
                        report.target(), f.higherIsEasier() ? "more" : "less")).orElse(""));
        out.printf(Locale.ROOT, "  %-22s %6s %9s %7s %7s %6s%n", "section", "words", "sentences", "average", "longest",
                "ease");
        for (SectionScore s : report.sections()) {
            String ease = s.readingEase().isPresent() ? String.format(Locale.ROOT, "%.0f", s.readingEase().getAsDouble())
                    : "-";
            String flag = report.tooLong(s) || report.tooHard(s) ? "  <" : "";
            out.printf(Locale.ROOT, "  %-22s %6d %9d %7.1f %7d %6s%s%n", s.section(), s.words(), s.sentences(),
                    s.averageSentence(), s.longestSentence(), ease, flag);
        }
        out.println();
    }
}

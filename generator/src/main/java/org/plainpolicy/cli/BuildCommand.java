package org.plainpolicy.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.site.SiteWriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validates, then writes the site. Writes nothing when there are errors.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "policy",
            description = "The policy directory, holding site.yaml and versions/ (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        Path out = output.resolve(directory);
        long start = System.nanoTime();
        PlainPolicy.BuildResult result;
        try {
            result = PlainPolicy.standard().build(directory, out, options.today());
        } catch (SiteWriteException e) {
            spec.commandLine().getErr().println("plainpolicy: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (result.upToDate()) {
            if (options.failOnWarning && result.previousWarnings() > 0) {
                return FindingReport.print(PlainPolicy.standard().check(directory), spec.commandLine().getOut(),
                        spec.commandLine().getErr(), true);
            }
            spec.commandLine().getErr().println("Nothing changed since the last build; the site in " + out
                    + " is up to date.");
            return ExitCodes.OK;
        }
        int exit = FindingReport.print(result.check(), spec.commandLine().getOut(), spec.commandLine().getErr(),
                options.failOnWarning);
        if (result.filesWritten() > 0) {
            spec.commandLine().getErr().printf(Locale.ROOT, "Wrote %d files to %s in %.1f s: %d rendered, %d kept "
                    + "as they were.%n", result.filesWritten(), out, (System.nanoTime() - start) / 1e9,
                    result.rendered().size(), result.kept());
        } else if (exit != ExitCodes.USAGE) {
            spec.commandLine().getErr().println("Nothing written: fix the errors above first.");
        }
        return exit;
    }
}

package org.plainpolicy.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plainpolicy.NoSuchVersionException;
import org.plainpolicy.PlainPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Prints what changed between two versions, one plain sentence a line; any two versions, "
                + "not only neighbours.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "DIR", description = "The policy directory.")
    Path directory;

    @Parameters(index = "1", paramLabel = "FROM", description = "The older version's id, such as 2018-05-25.")
    String from;

    @Parameters(index = "2", paramLabel = "TO", description = "The newer version's id, such as 2018-09-15.")
    String to;

    @Option(names = "--lang", paramLabel = "L", description = "The language to compare and write in "
            + "(default: the site's default language).")
    String language;

    @Override
    public Integer call() {
        PlainPolicy.ChangesResult result;
        try {
            result = PlainPolicy.standard().changes(directory, from, to, Optional.ofNullable(language));
        } catch (NoSuchVersionException e) {
            spec.commandLine().getErr().println("plainpolicy: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PlainPolicy.CheckResult check = result.check();
        if (check.project().isEmpty() || check.errors() > 0) {
            return FindingReport.print(check, spec.commandLine().getOut(), spec.commandLine().getErr(),
                    options.failOnWarning);
        }
        if (result.lines().isEmpty()) {
            spec.commandLine().getOut().println("No changes.");
        }
        result.lines().forEach(line -> spec.commandLine().getOut().println("- " + line.replace("\n", "\n  ")));
        return check.failed(options.failOnWarning) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}

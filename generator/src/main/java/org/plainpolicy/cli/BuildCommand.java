package org.plainpolicy.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.SiteWriteException;
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
        PlainPolicy.BuildResult result;
        try {
            result = PlainPolicy.standard().build(directory, out, options.today());
        } catch (SiteWriteException e) {
            spec.commandLine().getErr().println("plainpolicy: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        int exit = FindingReport.print(result, spec.commandLine().getOut(), spec.commandLine().getErr(),
                options.failOnWarning);
        spec.commandLine().getErr().println("Plain Policy: " + result.describe(out));
        return exit;
    }
}

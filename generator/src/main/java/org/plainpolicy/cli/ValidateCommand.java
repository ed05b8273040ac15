package org.plainpolicy.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plainpolicy.PlainPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Runs every check and prints one line per finding: file:line:column: severity: message "
                + "[reference].")
final class ValidateCommand implements Callable<Integer> {

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
        PlainPolicy.CheckResult result = PlainPolicy.standard().check(directory,
                Optional.of(output.resolve(directory)));
        return FindingReport.print(result, spec.commandLine().getOut(), spec.commandLine().getErr(),
                options.failOnWarning);
    }
}

package org.plainpolicy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a live preview of the site on 127.0.0.1, rebuilt as you edit: open pages reload "
                + "themselves and show the findings at their top. Writes nothing and records nothing in the lock. "
                + "Stop it with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "policy",
            description = "The policy directory, holding site.yaml and versions/ (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8000",
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 takes any free port).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isDirectory(directory)) {
            spec.commandLine().getErr().println("plainpolicy: " + directory + " is not a policy directory");
            return ExitCodes.USAGE;
        }
        Preview preview;
        try {
            preview = PlainPolicy.standard().serve(directory, port, options.today(), rebuild -> FindingReport.print(
                    rebuild, spec.commandLine().getOut(), spec.commandLine().getErr()));
        } catch (IOException e) {
            spec.commandLine().getErr().println("plainpolicy: cannot serve the preview on port " + port + ": "
                    + e.getMessage());
            return ExitCodes.USAGE;
        }
        spec.commandLine().getErr().println("Plain Policy: preview of " + directory + " at " + preview.address()
                + " (" + preview.findings().size() + " finding(s)); Ctrl-C stops it.");
        spec.commandLine().getErr().flush();
        preview.serveUntilStopped();
        return ExitCodes.OK;
    }
}

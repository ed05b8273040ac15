package org.plainpolicy.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar plainpolicy.jar <command>}: a thin shell over {@link org.plainpolicy.PlainPolicy}. */
@Command(name = "plainpolicy", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks a privacy policy written as YAML against the GDPR and publishes it as a static site.",
        subcommands = {ValidateCommand.class, BuildCommand.class, DiffCommand.class, ReadabilityCommand.class, AcceptCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed)", "1:errors, or warnings with --fail-on-warning",
                "2:wrong usage, or input that cannot be read"})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            throw e;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("plainpolicy: " + e.getMessage());
            command.getErr().println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }
}

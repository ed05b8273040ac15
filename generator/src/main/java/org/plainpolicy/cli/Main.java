package org.plainpolicy.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.plainpolicy.PlainPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code java -jar plainpolicy.jar <command>}: a thin shell over {@link org.plainpolicy.PlainPolicy}. */
@Command(name = "plainpolicy", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks a privacy policy written as YAML against the GDPR and publishes it as a static site.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed)", "1:errors, or warnings with --fail-on-warning",
                "2:wrong usage, input that cannot be read, or an internal error"})
public final class Main {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, BuildCommand.class,
            ServeCommand.class, DiffCommand.class, ReadabilityCommand.class, RopaCommand.class, AcceptCommand.class,
            CommandLine.HelpCommand.class);

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal error, print its stack trace (for a bug report).")
    boolean debug;

    public static void main(String[] args) {
        PlainPolicy.prepare();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, new Object[0]);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with more subcommands: for tests of the shell itself. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Object... extraSubcommands) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        for (Class<?> command : commandsFor(args)) {
            cli.addSubcommand(command);
        }
        for (Object extra : extraSubcommands) {
            cli.addSubcommand(extra);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
        // Whatever a user can cause is a finding; what reaches here is a bug in the tool. A user
        // needs a sentence, not a stack trace, and a stack trace may quote what it was reading.
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter errors = commandLine.getErr();
            if (main.debug) {
                e.printStackTrace(errors);
            }
            errors.println("plainpolicy: internal error (" + e.getClass().getSimpleName() + "); this is a bug in "
                    + "Plain Policy, not in your policy. Please report it with the command you ran"
                    + (main.debug ? " and the trace above." : ", run again with --debug to add the details."));
            errors.flush();
            return ExitCodes.USAGE;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("plainpolicy: " + e.getMessage());
            // "Did you mean: build?" for a mistyped command or option.
            CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
            command.getErr().println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    /**
     * The subcommands to set up for {@code args}: only the one named, when it is one, since picocli
     * reads each command's annotations by reflection and a cold JVM pays for every one; else all of
     * them, for the help, the usage message and the suggestions for a mistyped name.
     */
    static List<Class<?>> commandsFor(String[] args) {
        String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        return COMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(named))
                .findFirst()
                .<List<Class<?>>>map(List::of)
                .orElse(COMMANDS);
    }
}

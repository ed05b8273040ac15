package org.plainpolicy.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plainpolicy.PlainPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "accept", mixinStandardHelpOptions = true,
        description = "Accepts, on purpose, a correction to published version files (a typo, a new address format), "
                + "or restores their deleted lines: records their current content in plainpolicy.lock. Commit the "
                + "lock with the correction.")
final class AcceptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", paramLabel = "DIR", description = "The policy directory.")
    Path directory;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE",
            description = "Published files to accept as they are now, relative to DIR, such as versions/2018-05-25.en.yaml: "
                    + "each held by the lock or in effect today.")
    List<String> files;

    @Override
    public Integer call() {
        try {
            List<String> unknown = PlainPolicy.standard().accept(directory, files, options.today());
            if (!unknown.isEmpty()) {
                spec.commandLine().getErr().println("plainpolicy: not published versions of this policy: "
                        + String.join(", ", unknown) + "; name them as plainpolicy.lock does, such as "
                        + "versions/2018-05-25.en.yaml");
                return ExitCodes.USAGE;
            }
            spec.commandLine().getErr().println("Accepted " + files.size() + " correction(s) in "
                    + directory.resolve(PlainPolicy.LOCK_FILE) + "; commit it with the corrected files.");
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("plainpolicy: cannot update " + PlainPolicy.LOCK_FILE + ": "
                    + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}

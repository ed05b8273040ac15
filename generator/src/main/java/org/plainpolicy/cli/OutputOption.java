package org.plainpolicy.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the site goes: {@code build} writes it there, {@code validate} checks that it may. */
final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where the site is written (default: DIR/../target/plainpolicy). Its previous content is "
                    + "replaced; a directory with files the tool did not write, or one in or around DIR, is refused, "
                    + "and validate reports that too.")
    Path output;

    /** The output given, or the default beside the policy directory {@code directory}. */
    Path resolve(Path directory) {
        return output != null ? output : besideThePolicy(directory, "plainpolicy");
    }

    /** {@code DIR/../target/<folder>}: where the tool writes by default, beside the policy directory. */
    static Path besideThePolicy(Path directory, String folder) {
        return directory.toAbsolutePath().normalize().resolveSibling("target").resolve(folder);
    }
}

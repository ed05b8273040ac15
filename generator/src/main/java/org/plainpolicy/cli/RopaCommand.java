package org.plainpolicy.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.SiteWriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ropa", mixinStandardHelpOptions = true,
        description = "Writes the record of processing activities (GDPR Art. 30(1)) of the version in effect, in "
                + "the default language or --lang: ropa.csv, ropa.xlsx and ropa.html. Writes nothing when there are "
                + "errors.")
final class RopaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "policy",
            description = "The policy directory, holding site.yaml and versions/ (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where the record is written (default: DIR/../target/ropa). Only its three files are "
                    + "replaced; a directory inside a site, or in or around DIR, is refused: the record is internal.")
    Path output;

    @Option(names = "--lang", paramLabel = "L", description = "The record in this language of the site (default: its "
            + "default language), from that language's version in effect.")
    String language;

    @Override
    public Integer call() {
        Path out = output != null ? output : OutputOption.besideThePolicy(directory, "ropa");
        PlainPolicy.RecordResult result;
        try {
            result = PlainPolicy.standard().record(directory, out, options.today(), Optional.ofNullable(language));
        } catch (SiteWriteException e) {
            spec.commandLine().getErr().println("plainpolicy: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        int exit = FindingReport.print(result.check(), spec.commandLine().getOut(), spec.commandLine().getErr(),
                options.failOnWarning);
        spec.commandLine().getErr().println("Plain Policy: " + result.describe(out));
        return exit;
    }
}

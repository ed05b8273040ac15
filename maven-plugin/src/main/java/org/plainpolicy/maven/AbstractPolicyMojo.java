package org.plainpolicy.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.model.Finding;

/**
 * What both goals share: the parameters of spec section 8, the findings through Maven's log, and
 * one failure that says how many and where to look. The work itself is the generator's.
 */
abstract class AbstractPolicyMojo extends AbstractMojo {

    /** The policy directory, holding {@code site.yaml}, {@code versions/} and optionally {@code templates/}. */
    @Parameter(property = "plainpolicy.sourceDirectory", defaultValue = "${project.basedir}/policy", required = true)
    File sourceDirectory;

    /**
     * Where the site is written. Each build replaces all of it; a directory holding files the tool
     * did not write, or one in or around the policy directory, is refused, so that nothing of yours
     * is lost. The validate goal reports that too.
     */
    @Parameter(property = "plainpolicy.outputDirectory", defaultValue = "${project.build.directory}/plainpolicy",
            required = true)
    File outputDirectory;

    /**
     * The day to treat as today, {@code YYYY-MM-DD}: it decides which version is current and which
     * are upcoming. Default: the day of the build. Set it for reproducible builds and tests.
     */
    @Parameter(property = "plainpolicy.today")
    String today;

    /** Fail the build on warnings too, not only on errors. */
    @Parameter(property = "plainpolicy.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** Skip this goal: it logs one line and does nothing. */
    @Parameter(property = "plainpolicy.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Plain Policy (plainpolicy.skip is true).");
            return;
        }
        run(PlainPolicy.standard());
    }

    abstract void run(PlainPolicy tool) throws MojoExecutionException, MojoFailureException;

    LocalDate today() throws MojoExecutionException {
        if (today == null || today.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("plainpolicy.today must be a date written YYYY-MM-DD, not '" + today + "'");
        }
    }

    /** Logs each finding at its level, as the error line IDEs link. */
    void log(List<Finding> findings) {
        Path workingDirectory = Path.of("");
        for (Finding finding : findings) {
            String line = finding.toLine(workingDirectory);
            if (finding.isError()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
    }

    /** Logs each finding at its level, as the error line IDEs link; fails once, with the counts. */
    void report(PlainPolicy.CheckResult result) throws MojoFailureException {
        log(result.findings());
        if (result.failed(failOnWarning)) {
            throw new MojoFailureException(String.format(Locale.ROOT,
                    "Plain Policy found %d error(s) and %d warning(s) in %s%s. Each is listed above with its file, "
                            + "line and column; run 'mvn plainpolicy:validate' to see them alone.",
                    result.errors(), result.warnings(), sourceDirectory,
                    result.errors() == 0 ? " (failOnWarning is set)" : ""));
        }
    }
}

package org.plainpolicy.maven;

import java.io.File;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.SiteWriteException;

/**
 * Writes the record of processing activities (GDPR Art. 30(1)) of the version in effect, in the
 * default language: {@code ropa.csv}, {@code ropa.xlsx} and {@code ropa.html} in
 * {@code ropaDirectory}. The record is for the DPO and the supervisory authority, so it has its own
 * directory, never the site's. Fails, writing nothing, on errors in the policy or on what the record
 * needs beyond it. Bound to {@code package} when an execution names it.
 */
@Mojo(name = "ropa", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class RopaMojo extends AbstractPolicyMojo {

    /** Where the record is written; a directory inside a site, or in or around the policy, is refused. */
    @Parameter(property = "plainpolicy.ropaDirectory", defaultValue = "${project.build.directory}/ropa",
            required = true)
    File ropaDirectory;

    /** The language of the record, one of the site's; empty for its default language. */
    @Parameter(property = "plainpolicy.ropaLanguage")
    String ropaLanguage;

    @Override
    void run(PlainPolicy tool) throws MojoExecutionException, MojoFailureException {
        PlainPolicy.RecordResult result;
        try {
            result = tool.record(sourceDirectory.toPath(), ropaDirectory.toPath(), today(),
                    Optional.ofNullable(ropaLanguage).map(String::strip).filter(l -> !l.isEmpty()));
        } catch (SiteWriteException e) {
            throw new MojoFailureException("Plain Policy cannot write the record of processing: " + e.getMessage(), e);
        }
        if (result.check().project().isEmpty()) {
            report(result.check());
            throw new MojoFailureException("Plain Policy cannot read the policy directory " + sourceDirectory);
        }
        log(result.check().findings());
        // Warnings alone do not stop the record being written: with failOnWarning the goal fails after it.
        String done = result.describe(ropaDirectory.toPath());
        if (result.check().failed(failOnWarning)) {
            throw new MojoFailureException(String.format(Locale.ROOT, "Plain Policy found %d error(s) and %d warning(s) "
                    + "in %s%s. Each is listed above with its file, line and column; %s", result.check().errors(),
                    result.check().warnings(), sourceDirectory, result.check().errors() == 0 ? " (failOnWarning is set)"
                    : "", done));
        }
        getLog().info("Plain Policy: " + done);
    }
}

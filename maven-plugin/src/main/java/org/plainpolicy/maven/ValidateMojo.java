package org.plainpolicy.maven;

import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.plainpolicy.PlainPolicy;

/**
 * Checks the policy against every rule (structure, the GDPR's disclosures, cross-references,
 * notice periods, translations) and that the site may be written to {@code outputDirectory}, and
 * reports each finding as {@code file:line:col}. Fails the build on errors, and on warnings with
 * {@code failOnWarning}. Bound to the {@code validate} phase.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractPolicyMojo {

    @Override
    void run(PlainPolicy tool) throws MojoExecutionException, MojoFailureException {
        PlainPolicy.CheckResult result = tool.check(sourceDirectory.toPath(), Optional.of(outputDirectory.toPath()));
        if (result.project().isEmpty()) {
            report(result);
            throw new MojoFailureException("Plain Policy cannot read the policy directory " + sourceDirectory);
        }
        report(result);
        getLog().info(String.format(Locale.ROOT, "Plain Policy: %d version file(s) checked, %d error(s), %d warning(s).",
                result.project().get().versions().size(), result.errors(), result.warnings()));
    }
}

package org.plainpolicy.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.SiteWriteException;

/**
 * Validates the policy, then writes its static site: the current version, every version, what
 * each changed, the notice e-mails and the feed. Writes nothing when there are errors; does
 * nothing when no input has changed since the site in {@code outputDirectory} was written. Bound
 * to the {@code generate-resources} phase, so that a web application can package the site.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class BuildMojo extends AbstractPolicyMojo {

    @Override
    void run(PlainPolicy tool) throws MojoExecutionException, MojoFailureException {
        PlainPolicy.BuildResult result;
        try {
            result = tool.build(sourceDirectory.toPath(), outputDirectory.toPath(), today());
        } catch (SiteWriteException e) {
            throw new MojoFailureException("Plain Policy cannot write the site: " + e.getMessage(), e);
        }
        if (result.sourceUnreadable()) {
            report(result.check());
            throw new MojoFailureException("Plain Policy cannot read the policy directory " + sourceDirectory);
        }
        report(result.check());
        getLog().info("Plain Policy: " + result.describe(outputDirectory.toPath()));
    }
}

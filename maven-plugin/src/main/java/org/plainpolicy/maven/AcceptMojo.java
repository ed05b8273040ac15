package org.plainpolicy.maven;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.plainpolicy.PlainPolicy;

/**
 * Accepts, on purpose, a correction to published version files (a typo, a new address format):
 * records their content as it is now in {@code plainpolicy.lock}, for you to commit with the
 * correction. Run it as {@code mvn plainpolicy:accept -Dplainpolicy.accept=versions/2018-05-25.en.yaml};
 * separate several files with commas. Not bound to a phase: a person runs it.
 */
@Mojo(name = "accept", requiresProject = true, threadSafe = true)
public final class AcceptMojo extends AbstractPolicyMojo {

    /** The published files to accept as they are now, relative to the policy directory, comma-separated. */
    @Parameter(property = "plainpolicy.accept", required = true)
    String accept;

    @Override
    void run(PlainPolicy tool) throws MojoExecutionException {
        List<String> files = Arrays.stream(accept.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
        if (files.isEmpty()) {
            throw new MojoExecutionException("name the files to accept: -Dplainpolicy.accept=versions/<file>");
        }
        try {
            List<String> unknown = tool.accept(sourceDirectory.toPath(), files, today());
            if (!unknown.isEmpty()) {
                throw new MojoExecutionException("not published versions of this policy: " + String.join(", ", unknown)
                        + "; name them as plainpolicy.lock does, such as versions/2018-05-25.en.yaml");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot update " + PlainPolicy.LOCK_FILE + ": " + e.getMessage(), e);
        }
        getLog().info("Plain Policy: accepted " + files.size() + " correction(s) in "
                + sourceDirectory.toPath().resolve(PlainPolicy.LOCK_FILE) + "; commit it with the corrected files.");
    }
}

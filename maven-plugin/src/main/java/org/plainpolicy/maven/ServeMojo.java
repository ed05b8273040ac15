package org.plainpolicy.maven;

import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.Preview;
import org.plainpolicy.model.Finding;

/**
 * Serves a live preview of the site on 127.0.0.1, rebuilt as you edit the policy: open pages reload
 * themselves and show the findings at their top. Writes nothing and records nothing in the lock.
 * Run it as {@code mvn plainpolicy:serve}; Ctrl-C stops it. Not bound to a phase.
 */
@Mojo(name = "serve", requiresProject = true, threadSafe = true)
public final class ServeMojo extends AbstractPolicyMojo {

    /** The port on 127.0.0.1; 0 takes any free port. */
    @Parameter(property = "plainpolicy.port", defaultValue = "8000")
    int port;

    @Override
    void run(PlainPolicy tool) throws MojoExecutionException {
        Preview preview;
        try {
            preview = tool.serve(sourceDirectory.toPath(), port, today(), rebuild -> {
                log(rebuild.findings());
                long errors = rebuild.findings().stream().filter(Finding::isError).count();
                getLog().info(String.format(Locale.ROOT, "Rebuilt in %d ms: %d error(s), %d warning(s).",
                        rebuild.took().toMillis(), errors, rebuild.findings().size() - errors));
            });
        } catch (IOException e) {
            throw new MojoExecutionException("cannot serve the preview on port " + port + ": " + e.getMessage(), e);
        }
        getLog().info("Plain Policy: preview of " + sourceDirectory + " at " + preview.address() + " ("
                + preview.findings().size() + " finding(s)); Ctrl-C stops it.");
        try {
            preview.serveUntilStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

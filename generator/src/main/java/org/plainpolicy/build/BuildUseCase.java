package org.plainpolicy.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.PlainPolicy.BuildResult;
import org.plainpolicy.PlainPolicy.CheckResult;
import org.plainpolicy.SiteWriteException;
import org.plainpolicy.load.ChangedDuringBuildException;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.render.OutputFile;
import org.plainpolicy.render.Theme;
import org.plainpolicy.site.InputFingerprint;
import org.plainpolicy.site.OutputLocation;
import org.plainpolicy.site.PublishedVersions;
import org.plainpolicy.site.SiteWriter;

/**
 * The one build: nothing when nothing it reads changed since the site in the output was written;
 * else the check, and, without errors, the site, each part taken over from the last build where
 * what it read is unchanged. {@link PlainPolicy#build} is this, for every shell.
 */
public final class BuildUseCase {

    private final Supplier<ProjectCheck> checker;
    private final Supplier<SiteBuild> siteBuild;
    private final SiteWriter writer;

    /** The check and the rendering are asked for only when the site is not up to date. */
    public BuildUseCase(Supplier<ProjectCheck> checker, Supplier<SiteBuild> siteBuild, SiteWriter writer) {
        this.checker = checker;
        this.siteBuild = siteBuild;
        this.writer = writer;
    }

    /**
     * What a build did, and how much it read of the versions: the files it parsed and the times a
     * stage asked for a version's model or summary (most answered from memory). Both grow with the
     * number of versions a build redoes, not with its square; the tests measure it, no shell shows it.
     */
    public record Outcome(BuildResult result, VersionReads reads) {
    }

    public record VersionReads(long parsed, long requests) {

        static final VersionReads NONE = new VersionReads(0, 0);
    }

    public Outcome run(Path directory, Path output, LocalDate today) throws SiteWriteException {
        long start = System.nanoTime();
        // From here on the output is its real location, the one the rule checked.
        Path site = OutputLocation.of(output, directory);
        InputFingerprint inputs = InputFingerprint.read(directory, today.toString());
        writer.recover(site);
        Optional<SiteWriter.Stamp> stamp = writer.stamp(site);
        if (stamp.filter(s -> s.inputs().equals(inputs.withLock(PublishedVersions.digest(directory)))).isPresent()) {
            return new Outcome(new BuildResult.UpToDate(new CheckResult(Optional.empty(),
                    BuildState.read(site, directory).findings()), since(start)), VersionReads.NONE);
        }
        BuildState previous = stamp.isPresent() ? BuildState.read(site, directory) : BuildState.empty();
        ProjectCheck.Result result;
        try {
            result = checker.get().run(directory, Optional.of(inputs), previous);
        } catch (ChangedDuringBuildException e) {
            throw SiteWriter.failure(e, site);
        }
        CheckResult check = new CheckResult(result.project(), result.findings());
        if (check.errors() > 0 || check.project().isEmpty() || check.project().get().versions().isEmpty()) {
            return new Outcome(new BuildResult.Refused(check, since(start)), VersionReads.NONE);
        }
        PolicyProject project = check.project().get();
        Theme theme = result.theme().orElseThrow();
        Map<String, String> lock;
        try {
            lock = PublishedVersions.recorded(project, today, inputs.files());
        } catch (IOException e) {
            throw new SiteWriteException("cannot read " + directory.resolve(PublishedVersions.FILE) + ": "
                    + e.getMessage(), e);
        }
        SiteWriter.Session session = writer.open(output, directory);
        SiteBuild.Outcome outcome;
        try {
            outcome = siteBuild.get().render(project, theme, today, inputs, result, previous, site, session);
            if (!outcome.problems().isEmpty()) {
                session.abort();
                List<Finding> all = new ArrayList<>(check.findings());
                all.addAll(outcome.problems());
                return new Outcome(new BuildResult.Refused(new CheckResult(check.project(), all), since(start)),
                        VersionReads.NONE);
            }
            session.write(new OutputFile(BuildState.FILE, new BuildState(inputs.shared(), outcome.records(),
                    outcome.pages(), PublishedVersions.inEffect(project, today, inputs.files()), check.findings())
                    .toBytes(directory)));
        } catch (RuntimeException e) {
            throw session.abort(e);
        }
        session.commit(new SiteWriter.Stamp(inputs.withLock(PublishedVersions.digest(lock)), check.warnings()));
        try {
            PublishedVersions.record(directory, lock);
        } catch (IOException e) {
            throw new SiteWriteException("the site is written, but the published versions cannot be recorded in "
                    + directory.resolve(PublishedVersions.FILE) + ": " + e.getMessage(), e);
        }
        return new Outcome(new BuildResult.Written(check, outcome.rendered(), outcome.kept(), since(start)),
                new VersionReads(result.versions().parsed(), result.versions().requests()));
    }


    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}

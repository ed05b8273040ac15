package org.plainpolicy.preview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.build.BuildState;
import org.plainpolicy.build.ProjectCheck;
import org.plainpolicy.load.ChangedDuringBuildException;
import org.plainpolicy.model.Finding;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.render.ChangePages;
import org.plainpolicy.render.SiteRenderer;
import org.plainpolicy.render.Theme;
import org.plainpolicy.render.ThemeException;
import org.plainpolicy.site.InputFingerprint;

/**
 * What the preview shows: the site of the last check without errors, the findings of the latest
 * check, and a generation that grows with each rebuild, so that an open page knows when to reload.
 * A rebuild checks the project as {@code validate} does and replaces all three at once; the pages
 * themselves are made when they are asked for ({@link LazySite}).
 */
final class PreviewState {

    record Snapshot(long generation, Optional<LazySite> site, List<Finding> findings, Path directory) {

        /**
         * The file at {@code path}, or empty.
         *
         * @throws ThemeException when a template of the project fails to make it
         */
        Optional<byte[]> file(String path) {
            return site.flatMap(s -> s.file(path));
        }

        /** The same, showing {@code more} findings and no site: what a page says when its template fails. */
        Snapshot failing(List<Finding> more) {
            List<Finding> all = new ArrayList<>(findings);
            all.addAll(more);
            return new Snapshot(generation, Optional.empty(), List.copyOf(all), directory);
        }
    }

    private final ProjectCheck checker;
    private final Path directory;
    private final LocalDate today;
    private final SiteRenderer renderer;
    private final ChangePages changes;
    private volatile Snapshot current;
    /** What the last check found of each version: a version whose files did not change is not checked again. */
    private BuildState previous = BuildState.empty();

    PreviewState(ProjectCheck checker, Registry registry, Path directory, LocalDate today) {
        this.checker = checker;
        this.directory = directory;
        this.today = today;
        this.renderer = new SiteRenderer(registry, false);
        this.changes = new ChangePages(registry);
        this.current = new Snapshot(0, Optional.empty(), List.of(), directory);
    }

    Snapshot current() {
        return current;
    }

    /**
     * Checks again, as {@code validate} does, reusing what the last check found of the versions
     * whose files did not change; a check with errors keeps the last good site and shows its
     * findings. A file that changes while it is read (an editor still saving) leaves the preview
     * as it was: the watcher calls again once the file has settled.
     */
    synchronized Snapshot rebuild() {
        InputFingerprint inputs = InputFingerprint.read(directory, today.toString());
        ProjectCheck.Result result;
        try {
            result = checker.run(directory, Optional.of(inputs), previous);
        } catch (ChangedDuringBuildException e) {
            return current;
        }
        previous = new BuildState(inputs.shared(), result.records(), Map.of(), Map.of(), List.of());
        PlainPolicy.CheckResult check = new PlainPolicy.CheckResult(result.project(), result.findings());
        List<Finding> findings = new ArrayList<>(check.findings());
        Optional<LazySite> site = current.site();
        if (check.errors() == 0 && check.project().isPresent() && !check.project().get().versions().isEmpty()) {
            try {
                Theme theme = Theme.load(directory.resolve(PlainPolicy.TEMPLATES_DIRECTORY));
                site = Optional.of(new LazySite(check.project().get(), theme, today, renderer, changes));
            } catch (ThemeException e) {
                findings.addAll(e.findings());
            }
        }
        current = new Snapshot(current.generation() + 1, site, List.copyOf(findings), directory);
        return current;
    }
}

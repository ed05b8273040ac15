package org.plainpolicy.preview;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.build.BuildState;
import org.plainpolicy.build.ProjectCheck;
import org.plainpolicy.load.ChangedDuringBuildException;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.Severity;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.VersionKey;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.render.ChangePages;
import org.plainpolicy.render.LanguageSite;
import org.plainpolicy.render.SiteRenderer;
import org.plainpolicy.render.ThemeException;
import org.plainpolicy.site.InputFingerprint;
import org.plainpolicy.validate.plain.ReadabilityReport;

/**
 * What the preview shows: the site of the last check without errors, the findings of the latest
 * check, and a generation that grows with each rebuild, so that an open page knows when to reload.
 * A rebuild checks the project as {@code validate} does and replaces all three at once; the pages
 * themselves are made when they are asked for ({@link LazySite}).
 */
final class PreviewState {

    /**
     * @param look what the pages' look depends on (the site file, the templates and the stylesheet): while it
     *             stays the same, an open page takes the new page's body alone, and keeps its stylesheet and place
     */
    record Snapshot(long generation, String look, Optional<LazySite> site, List<Finding> findings, Path directory) {

        /** What an open page is told of this snapshot: enough to know whether, and how, to show it. */
        String event() {
            return generation + " " + look;
        }

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
            return new Snapshot(generation, look, Optional.empty(), List.copyOf(all), directory);
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
    /** The readability the checks measured, kept for the versions that were not checked again. */
    private final Map<VersionKey, ReadabilityReport> readability = new HashMap<>();

    PreviewState(ProjectCheck checker, Registry registry, Path directory, LocalDate today) {
        this.checker = checker;
        this.directory = directory;
        this.today = today;
        this.renderer = new SiteRenderer(registry, false);
        this.changes = new ChangePages(registry);
        this.current = new Snapshot(0, "", Optional.empty(), List.of(), directory);
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
        readability.putAll(result.readability());
        PlainPolicy.CheckResult check = new PlainPolicy.CheckResult(result.project(), result.findings());
        List<Finding> findings = new ArrayList<>(check.findings());
        Optional<LazySite> site = current.site();
        if (check.errors() == 0 && check.project().isPresent() && !check.project().get().versions().isEmpty()) {
            try {
                PolicyProject project = check.project().get();
                readability.keySet().retainAll(project.versions().stream().map(VersionFile::key).toList());
                LazySite next = new LazySite(project, result.theme().orElseThrow(), today, renderer, changes,
                        Map.copyOf(readability));
                // The pages open in a browser are made before it is told to reload: it gets them at once.
                site.ifPresent(last -> last.asked().forEach(next::file));
                site = Optional.of(next);
            } catch (ThemeException e) {
                findings.addAll(e.findings());
            }
        }
        current = new Snapshot(current.generation() + 1, inputs.shared().substring(0, 12), site, List.copyOf(findings),
                directory);
        return current;
    }

    /**
     * Checks the project and renders its site again and again, for at most {@code budget} and only until the
     * first edit, writing nothing and keeping nothing: the JVM compiles the code an edit runs while the editor
     * opens the page, so that their first edits show as fast as later ones. Nothing it finds matters, the
     * rebuild after an edit says it again.
     */
    void warmUp(Duration budget) {
        long generation = current.generation();
        long end = System.nanoTime() + budget.toNanos();
        try {
            BooleanSupplier goOn = () -> System.nanoTime() < end && current.generation() == generation;
            while (goOn.getAsBoolean()) {
                ProjectCheck.Result result = checker.run(directory);
                if (result.project().isEmpty() || result.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
                    return;
                }
                // A version at a time, so that an edit does not wait long for the warm-up to give way.
                for (String language : LanguageSite.languages(result.project().get())) {
                    LanguageSite site = new LanguageSite(result.project().get(), result.theme().orElseThrow(),
                            language, today);
                    for (VersionFile file : site.versions()) {
                        if (!goOn.getAsBoolean()) {
                            return;
                        }
                        renderer.renderVersion(site, file, Optional.empty(), made -> { });
                        changes.renderVersion(site, file, made -> { });
                    }
                }
            }
        } catch (RuntimeException e) {
            // A project that fails to check or render fails the same way on the rebuild, which says why.
        }
    }
}

package org.plainpolicy.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.plainpolicy.diff.ChangePages;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.render.LanguageSite;
import org.plainpolicy.render.OutputFile;
import org.plainpolicy.render.SiteRenderer;
import org.plainpolicy.render.Theme;
import org.plainpolicy.render.ThemeException;
import org.plainpolicy.site.InputFingerprint;
import org.plainpolicy.site.SiteWriter;
import org.plainpolicy.validate.plain.ReadabilityReport;

/**
 * Rendering and diffing a checked project into a new site, page by page. The pages of a version
 * (its page, its readability report, its changes page and notices), and each page about all
 * versions (the current policy, the archive, the feed) and the stylesheet, are taken over from
 * the previous site as they are when what they read is what it was in the last build; only the
 * others are rendered. Either way the bytes are those of a full build.
 */
public final class SiteBuild {

    private final SiteRenderer renderer;
    private final ChangePages changePages;

    public SiteBuild(Registry registry) {
        this.renderer = new SiteRenderer(registry);
        this.changePages = new ChangePages(registry);
    }

    /**
     * What the rendering did.
     *
     * @param rendered the paths of the files it rendered, sorted; the others were kept
     * @param kept     how many files it took over from the previous site
     * @param records  the check's records, with the pages of each version
     * @param pages    the pages about all versions, by name
     * @param problems what the templates, stylesheet or messages could not make, each once; when
     *                 there are any, the site must not be published
     */
    public record Outcome(List<String> rendered, int kept, Map<String, VersionRecord> records,
                          Map<String, BuildState.PageRecord> pages, List<Finding> problems) {

        public Outcome {
            rendered = rendered.stream().sorted().toList();
            records = Map.copyOf(records);
            pages = Map.copyOf(pages);
            problems = problems.stream().distinct().sorted().toList();
        }
    }

    /**
     * Renders {@code project} into {@code session}.
     *
     * @param checked  the check that passed, with its records
     * @param previous the state of the site now at {@code oldSite}, whose pages may be kept
     */
    public Outcome render(PolicyProject project, Theme theme, LocalDate today, InputFingerprint inputs,
                          ProjectCheck.Result checked, BuildState previous, Path oldSite,
                          SiteWriter.Session session) {
        List<String> rendered = Collections.synchronizedList(new ArrayList<>());
        Consumer<OutputFile> write = file -> {
            session.write(file);
            rendered.add(file.path());
        };
        // What the last build kept holds only for the same tool, site.yaml and theme.
        BuildState before = inputs.shared().equals(previous.shared()) ? previous : BuildState.empty();
        Map<String, VersionRecord> records = new ConcurrentHashMap<>(checked.records());
        Map<String, BuildState.PageRecord> pages = new ConcurrentHashMap<>();
        Reuse old = new Reuse(oldSite, session);
        List<Finding> problems = Collections.synchronizedList(new ArrayList<>());
        reported(problems, () -> page("stylesheet", inputs.shared(), before, pages, old,
                () -> List.of(renderer.stylesheet(project, theme)), write));
        for (String language : LanguageSite.languages(project)) {
            reported(problems, () -> {
                LanguageSite site = new LanguageSite(project, theme, language, today);
                reported(problems, () -> page("current " + language, key(inputs, site.homeDependencies(),
                        site.home()), before, pages, old, () -> List.of(renderer.currentPage(site)), write));
                reported(problems, () -> page("archive " + language, key(inputs, site.archiveDependencies()), before,
                        pages, old, () -> List.of(renderer.archivePage(site)), write));
                reported(problems, () -> page("feed " + language, key(inputs, site.feedDependencies()), before,
                        pages, old, () -> List.of(changePages.feed(site)), write));
                site.versions().parallelStream().forEach(file -> reported(problems, () -> {
                    String name = BuildState.relative(project.directory(), file.file());
                    String key = pageKey(site, file, inputs);
                    Optional<List<String>> kept = Optional.ofNullable(before.versions().get(name))
                            .filter(r -> r.pageKey().equals(key)).map(VersionRecord::pages).filter(old::keep);
                    List<String> files = kept.orElseGet(() -> renderVersion(site, file,
                            checked.readability().get(file.key()), write));
                    records.computeIfPresent(name, (n, r) -> r.withPages(key, files));
                }));
            });
        }
        return new Outcome(rendered, old.kept(), records, pages, problems);
    }

    /**
     * Runs one step of the rendering; a problem of the theme it meets joins {@code problems}, and
     * the other steps go on, so that one build reports every template that fails, each once.
     */
    private static void reported(List<Finding> problems, Runnable step) {
        try {
            step.run();
        } catch (ThemeException e) {
            problems.addAll(e.findings());
        }
    }

    /** The files of the previous site, taken over into the new one. */
    private static final class Reuse {

        private final Path oldSite;
        private final SiteWriter.Session session;
        private final LongAdder kept = new LongAdder();

        Reuse(Path oldSite, SiteWriter.Session session) {
            this.oldSite = oldSite;
            this.session = session;
        }

        /** Takes {@code files} over, if the previous site has every one of them; else none of them. */
        boolean keep(List<String> files) {
            for (int i = 0; i < files.size(); i++) {
                if (!session.keep(files.get(i), oldSite.resolve(files.get(i)))) {
                    files.subList(0, i).forEach(session::drop);
                    return false;
                }
            }
            kept.add(files.size());
            return true;
        }

        int kept() {
            return kept.intValue();
        }
    }

    /** A page about all versions: kept when what it reads is as it was, else rendered. */
    private static void page(String name, String key, BuildState before, Map<String, BuildState.PageRecord> pages,
                             Reuse old, Supplier<List<OutputFile>> render, Consumer<OutputFile> write) {
        Optional<List<String>> kept = Optional.ofNullable(before.pages().get(name)).filter(r -> r.key().equals(key))
                .map(BuildState.PageRecord::files).filter(old::keep);
        List<String> files = kept.orElseGet(() -> {
            List<String> made = new ArrayList<>();
            for (OutputFile file : render.get()) {
                write.accept(file);
                made.add(file.path());
            }
            return made;
        });
        pages.put(name, new BuildState.PageRecord(key, files));
    }

    /** Renders the pages of one version, and says which they are. */
    private List<String> renderVersion(LanguageSite site, VersionFile file, ReadabilityReport readability,
                                       Consumer<OutputFile> write) {
        List<String> pages = Collections.synchronizedList(new ArrayList<>());
        Consumer<OutputFile> mine = page -> {
            write.accept(page);
            pages.add(page.path());
        };
        renderer.renderVersion(site, file, Optional.ofNullable(readability), mine);
        changePages.renderVersion(site, file, mine);
        return pages;
    }

    /**
     * Everything the pages of {@code file} read: its bytes and those of the version before it, what
     * the language's site says of it (status, next version, languages), site.yaml, the theme and
     * the tool.
     */
    private static String pageKey(LanguageSite site, VersionFile file, InputFingerprint inputs) {
        StringBuilder key = new StringBuilder(ProjectCheck.digest(inputs, file));
        site.previous(file).ifPresent(p -> key.append(" after ").append(ProjectCheck.digest(inputs, p)));
        key.append(' ').append(site.dependencies(file));
        return key(inputs, key.toString());
    }

    /** The digest of what a page reads: {@code what}, the files given, and the shared inputs. */
    private static String key(InputFingerprint inputs, String what, VersionFile... files) {
        StringBuilder key = new StringBuilder(inputs.shared()).append(' ').append(what);
        for (VersionFile file : files) {
            key.append(' ').append(ProjectCheck.digest(inputs, file));
        }
        return InputFingerprint.digest(key.toString());
    }
}

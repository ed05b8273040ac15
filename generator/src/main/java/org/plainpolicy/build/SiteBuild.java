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
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.plainpolicy.render.ChangePages;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.Read;
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
 * others are rendered. Either way the bytes are those of a full build. What a page read is what it
 * asked of its {@link LanguageSite#recording recording} site, so no list of it is kept by hand.
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
        String shared = inputs.shared();
        BuildState before = shared.equals(previous.shared()) ? previous : BuildState.empty();
        ReadAnswers answers = new ReadAnswers(project, today, Optional.of(inputs));
        Map<String, VersionRecord> records = new ConcurrentHashMap<>(checked.records());
        Map<String, BuildState.PageRecord> pages = new ConcurrentHashMap<>();
        Reuse old = new Reuse(oldSite, session, shared, answers);
        List<Finding> problems = Collections.synchronizedList(new ArrayList<>());
        reported(problems, () -> page("stylesheet", before, pages, old,
                reads -> List.of(renderer.stylesheet(project, theme), renderer.embedStylesheet(project, theme)), write));
        List<LanguageSite> sites = LanguageSite.languages(project).stream()
                .map(language -> new LanguageSite(project, theme, language, today)).toList();
        reported(problems, () -> page("versions.json", before, pages, old, reads -> List.of(renderer.versionsJson(
                sites.stream().map(s -> s.recording(reads)).toList())), write));
        reported(problems, () -> page("fides", before, pages, old,
                reads -> List.of(renderer.fides(sites.get(0).recording(reads))), write));
        for (LanguageSite site : sites) {
            String language = site.language();
            reported(problems, () -> {
                reported(problems, () -> page("current " + language, before, pages, old,
                        reads -> List.of(renderer.currentPage(site.recording(reads)),
                                renderer.currentEmbed(site.recording(reads))), write));
                reported(problems, () -> page("archive " + language, before, pages, old,
                        reads -> List.of(renderer.archivePage(site.recording(reads))), write));
                reported(problems, () -> page("feed " + language, before, pages, old,
                        reads -> List.of(changePages.feed(site.recording(reads))), write));
                site.versions().parallelStream().forEach(file -> reported(problems, () -> {
                    String name = BuildState.relative(project.directory(), file.file());
                    Optional<VersionRecord> kept = Optional.ofNullable(before.versions().get(name))
                            .filter(r -> old.keep(r.read(), r.pages()));
                    VersionRecord made = kept.orElseGet(() -> {
                        Set<Read> reads = ConcurrentHashMap.newKeySet();
                        reads.add(Read.of(Read.Kind.FILE, "", project.pathOf(file)));
                        List<String> files = renderVersion(site.recording(reads::add), file,
                                checked.readability().get(file.key()), write);
                        return VersionRecord.rendered(Dependencies.of(shared, reads, answers), files);
                    });
                    records.computeIfPresent(name, (n, r) -> r.withPages(made.read(), made.pages()));
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
        private final String shared;
        private final ReadAnswers answers;
        private final LongAdder kept = new LongAdder();

        Reuse(Path oldSite, SiteWriter.Session session, String shared, ReadAnswers answers) {
            this.oldSite = oldSite;
            this.session = session;
            this.shared = shared;
            this.answers = answers;
        }

        /**
         * Takes {@code files} over, if what they read is answered as it was and the previous site has
         * every one of them; else none of them.
         */
        boolean keep(Dependencies read, List<String> files) {
            if (!read.holds(shared, answers)) {
                return false;
            }
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

    /** A page about all versions: kept when what it read is as it was, else rendered. */
    private static void page(String name, BuildState before, Map<String, BuildState.PageRecord> pages, Reuse old,
                             Function<Consumer<Read>, List<OutputFile>> render, Consumer<OutputFile> write) {
        Optional<BuildState.PageRecord> kept = Optional.ofNullable(before.pages().get(name))
                .filter(r -> old.keep(r.read(), r.files()));
        BuildState.PageRecord made = kept.orElseGet(() -> {
            Set<Read> reads = ConcurrentHashMap.newKeySet();
            List<String> files = new ArrayList<>();
            for (OutputFile file : render.apply(reads::add)) {
                write.accept(file);
                files.add(file.path());
            }
            return new BuildState.PageRecord(Dependencies.of(old.shared, reads, old.answers), files);
        });
        pages.put(name, made);
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
}

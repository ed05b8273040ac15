package org.plainpolicy.build;

import java.nio.file.Files;
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
import org.plainpolicy.diff.ChangePages;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.render.LanguageSite;
import org.plainpolicy.render.OutputFile;
import org.plainpolicy.render.SiteRenderer;
import org.plainpolicy.render.Theme;
import org.plainpolicy.site.InputFingerprint;
import org.plainpolicy.site.SiteWriter;
import org.plainpolicy.validate.plain.ReadabilityReport;

/**
 * Rendering and diffing a checked project into a new site, page by page. The pages of a version
 * (its page, its readability report, its changes page and notices) whose inputs are what they were
 * in the last build are taken over from the previous site as they are; only the others are
 * rendered. The pages about all versions (the current policy, the archive, the feed) and the
 * stylesheet cost little and are always rendered. Either way the bytes are those of a full build.
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
     */
    public record Outcome(List<String> rendered, int kept, Map<String, VersionRecord> records) {

        public Outcome {
            rendered = rendered.stream().sorted().toList();
            records = Map.copyOf(records);
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
        boolean reuse = inputs.shared().equals(previous.shared());
        Map<String, VersionRecord> records = new ConcurrentHashMap<>(checked.records());
        LongAdder kept = new LongAdder();
        write.accept(renderer.stylesheet(project, theme));
        for (String language : LanguageSite.languages(project)) {
            LanguageSite site = new LanguageSite(project, theme, language, today);
            renderer.renderLanguagePages(site, write);
            write.accept(changePages.feed(site));
            site.versions().parallelStream().forEach(file -> {
                String name = BuildState.relative(project.directory(), file.file());
                String key = pageKey(site, file, inputs);
                Optional<VersionRecord> before = Optional.ofNullable(reuse ? previous.versions().get(name) : null)
                        .filter(r -> r.pageKey().equals(key))
                        .filter(r -> r.pages().stream().allMatch(page -> Files.isRegularFile(oldSite.resolve(page))));
                List<String> pages;
                if (before.isPresent()) {
                    pages = before.get().pages();
                    pages.forEach(page -> session.keep(page, oldSite.resolve(page)));
                    kept.add(pages.size());
                } else {
                    pages = renderVersion(site, file, checked.readability().get(file.key()), write);
                }
                records.computeIfPresent(name, (n, r) -> r.withPages(key, pages));
            });
        }
        return new Outcome(rendered, kept.intValue(), records);
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
        StringBuilder key = new StringBuilder(inputs.shared()).append(' ').append(ProjectCheck.digest(inputs, file));
        site.previous(file).ifPresent(p -> key.append(" after ").append(ProjectCheck.digest(inputs, p)));
        key.append(' ').append(site.dependencies(file));
        return InputFingerprint.digest(key.toString());
    }
}

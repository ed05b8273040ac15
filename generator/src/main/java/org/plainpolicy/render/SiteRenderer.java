package org.plainpolicy.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.plainpolicy.internal.Once;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.validate.plain.PlainLanguageChecker;
import org.plainpolicy.validate.plain.ReadabilityReport;

/**
 * Stage three of the pipeline: turns a validated project into the pages of its static site
 * (spec section 7: the current version, each version, the archive, the stylesheet), in memory, in
 * a fixed order, so that the same input gives the same bytes. {@code today} decides which version
 * is current.
 */
public final class SiteRenderer {

    private final VersionViews views;
    private final DpvJsonLd jsonLd;
    private final PlainLanguageChecker plainLanguage = new PlainLanguageChecker();
    private final boolean pdfs;

    public SiteRenderer(Registry registry) {
        this(registry, true);
    }

    /** @param pdfs whether to lay out each version's PDF, which a preview leaves out: it costs most of a build */
    public SiteRenderer(Registry registry, boolean pdfs) {
        this.views = new VersionViews(registry, new Markdown());
        this.jsonLd = new DpvJsonLd(registry);
        this.pdfs = pdfs;
    }

    /**
     * Renders every page and hands each to {@code sink} as soon as it is made, so that no more than
     * a few pages are in memory at once. Versions are rendered in parallel; {@code sink} must be
     * safe for that. Each page depends only on the model, so the bytes do not depend on the order.
     */
    public void render(PolicyProject project, Theme theme, LocalDate today, Consumer<OutputFile> sink) {
        sink.accept(stylesheet(project, theme));
        sink.accept(embedStylesheet(project, theme));
        List<LanguageSite> sites = new ArrayList<>();
        for (String language : LanguageSite.languages(project)) {
            LanguageSite site = new LanguageSite(project, theme, language, today);
            sites.add(site);
            renderLanguagePages(site, sink);
            site.versions().parallelStream().forEach(v -> renderVersion(site, v, Optional.empty(), sink));
        }
        sink.accept(versionsJson(sites));
        sink.accept(fides(sites.get(0)));
    }

    /** {@code versions.json}: every version of every language, for apps; {@code sites} the default language first. */
    public OutputFile versionsJson(List<LanguageSite> sites) {
        return VersionsJson.render(sites);
    }

    /** {@code fides.yaml}: the version the current page of {@code site}, the default language's, shows. */
    public OutputFile fides(LanguageSite site) {
        PolicyVersion v = site.project().model(site.home());
        return FidesExport.render(site.paths().fides(), v, site.project().site().name().orElse(""));
    }

    public OutputFile stylesheet(PolicyProject project, Theme theme) {
        return new OutputFile(new SitePaths(project.site().defaultLanguage()).stylesheet(), theme.file("style.css"));
    }

    public OutputFile embedStylesheet(PolicyProject project, Theme theme) {
        return new OutputFile(new SitePaths(project.site().defaultLanguage()).embedStylesheet(),
                theme.file("embed.css"));
    }

    /** The pages about all versions of one language: the current policy and the archive. */
    public void renderLanguagePages(LanguageSite site, Consumer<OutputFile> sink) {
        sink.accept(currentPage(site));
        sink.accept(currentEmbed(site));
        sink.accept(archivePage(site));
    }

    /** The current policy of one language: the page of the version in effect, at the site's root. */
    public OutputFile currentPage(LanguageSite site) {
        VersionFile home = site.home();
        PolicyVersion v = site.project().model(home);
        String path = site.paths().current(site.language());
        return versionPage(site, path, view(site, path, home, v), home, v, l -> Optional.of(site.paths().current(l)));
    }

    /** The current version of one language as a fragment: {@code embed/index.html}. */
    public OutputFile currentEmbed(LanguageSite site) {
        VersionFile home = site.home();
        PolicyVersion v = site.project().model(home);
        return embed(site, site.paths().embedCurrent(site.language()),
                view(site, site.paths().version(site.language(), v.id()), home, v), v);
    }

    /** What the page of {@code v} at {@code path} shows, its links made for that path. */
    private VersionView view(LanguageSite site, String path, VersionFile file, PolicyVersion v) {
        return views.build(v, site.messages(), site.status(file), site.replacement(file).map(VersionFile::effective),
                site.changesPage(file).map(changes -> SitePaths.relative(path, changes)).orElse(""),
                SitePaths.relative(path, site.paths().pdf(site.language(), v.id())));
    }

    /**
     * A version as a fragment for another site's page: the page's body alone, every link absolute from
     * baseUrl (or, without one, relative to the version's page as the site places it), so that it works
     * wherever the host puts it.
     *
     * @param view the view of the version's own page, whose links the fragment's are made from
     */
    private OutputFile embed(LanguageSite site, String path, VersionView view, PolicyVersion v) {
        String page = site.paths().version(site.language(), v.id());
        OutputFile fragment = site.renderFile(path, "embed.html.vm", Map.of("v", view, "lang", v.language()));
        String html = new String(fragment.content(), StandardCharsets.UTF_8);
        return new OutputFile(path, EmbedLinks.rewrite(html, site.address(page), page, path).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The pages of one version: its page and its readability report.
     *
     * @param readability the version's readability, when the checks measured it already
     */
    public void renderVersion(LanguageSite site, VersionFile file, Optional<ReadabilityReport> readability,
                              Consumer<OutputFile> sink) {
        for (VersionOutput output : versionOutputs(site, file, readability)) {
            sink.accept(output.make().get());
        }
    }

    /**
     * One of the files {@link #renderVersion} makes, alone, when {@code path} is one of them: the
     * preview makes the page an editor has open, not the files beside it that nobody asked for.
     */
    public Optional<OutputFile> renderVersionFile(LanguageSite site, VersionFile file,
                                                  Optional<ReadabilityReport> readability, String path) {
        return versionOutputs(site, file, readability).stream().filter(o -> o.path().equals(path)).findFirst()
                .map(o -> o.make().get());
    }

    /** A file of a version's, by its site path, made only when asked. */
    private record VersionOutput(String path, Supplier<OutputFile> make) {
    }

    private List<VersionOutput> versionOutputs(LanguageSite site, VersionFile file,
                                               Optional<ReadabilityReport> readability) {
        PolicyProject project = site.project();
        PolicyVersion v = project.model(file);
        SitePaths paths = site.paths();
        String path = paths.version(site.language(), v.id());
        String jsonLdPath = paths.jsonLd(site.language(), v.id());
        String embedPath = paths.embed(site.language(), v.id());
        String pdfPath = paths.pdf(site.language(), v.id());
        // The page, its fragment and its PDF show one view: made once.
        Once<VersionView> view = new Once<>(() -> view(site, path, file, v));
        List<VersionOutput> outputs = new ArrayList<>(List.of(
                new VersionOutput(path, () -> versionPage(site, path, view.get(), file, v, l -> project
                        .version(v.effective(), l).map(other -> paths.version(l, other.id())))),
                new VersionOutput(paths.readability(site.language(), v.id()), () -> readabilityPage(site, v,
                        readability.orElseGet(() -> plainLanguage.report(v, project.site().plainLanguage())))),
                new VersionOutput(jsonLdPath, () -> jsonLd.render(jsonLdPath, v)),
                new VersionOutput(embedPath, () -> embed(site, embedPath, view.get(), v))));
        if (pdfs) {
            outputs.add(new VersionOutput(pdfPath, () -> VersionPdf.render(site, pdfPath, path, view.get(), v)));
        }
        return outputs;
    }

    /** The PDF of one version, laid out on its own: a build makes it with the version's pages, a preview when asked for. */
    public OutputFile versionPdf(LanguageSite site, VersionFile file) {
        PolicyVersion v = site.project().model(file);
        String path = site.paths().version(site.language(), v.id());
        return VersionPdf.render(site, site.paths().pdf(site.language(), v.id()), path, view(site, path, file, v), v);
    }

    private OutputFile readabilityPage(LanguageSite site, PolicyVersion v, ReadabilityReport report) {
        Messages msg = site.messages();
        String path = site.paths().readability(site.language(), v.id());
        List<ReadabilityRow> rows = report.sections().stream().map(s -> new ReadabilityRow(
                s.title().orElseGet(() -> msg.get("section." + s.section())), msg.number(s.words()),
                msg.number(s.sentences()), msg.number(s.averageSentence(), 1), msg.number(s.longestSentence()),
                report.tooLong(s),
                s.readingEase().isPresent() ? msg.number(s.readingEase().getAsDouble(), 0) : "",
                report.tooHard(s))).toList();
        PageView page = site.page(path, msg.format("readability.title", msg.date(v.effective())),
                l -> site.project().version(v.effective(), l).map(o -> site.paths().readability(l, v.id())), List.of());
        return site.render(path, "readability.vm", page, Map.of(
                "rows", rows,
                "versionHref", SitePaths.relative(path, site.paths().version(site.language(), v.id())),
                "effective", msg.date(v.effective()),
                "formula", report.formula().map(f -> msg.format("readability.formula." + f.id(),
                        msg.number(report.target(), 0))).orElse(""),
                "shortNote", report.sections().stream().anyMatch(report::tooShort)
                        ? msg.format("readability.note", msg.number(report.minWords())) : "",
                "maxWords", msg.number(report.maxSentenceWords())));
    }

    private OutputFile versionPage(LanguageSite site, String path, VersionView view, VersionFile file, PolicyVersion v,
                                   Function<String, Optional<String>> sameIn) {
        Messages msg = site.messages();
        String status = site.status(file);
        String title = path.equals(site.paths().current(site.language())) ? view.title()
                : msg.format("page.version.title", view.title(), view.effective());
        PageView page = site.page(path, title, sameIn, banners(site, path, v, status))
                .withJsonLd(SitePaths.relative(path, site.paths().jsonLd(site.language(), v.id())));
        return site.render(path, "version.vm", page, Map.of("v", view));
    }

    private static List<PageView.Banner> banners(LanguageSite site, String path, PolicyVersion v, String status) {
        Messages msg = site.messages();
        String currentPage = SitePaths.relative(path, site.paths().current(site.language()));
        if (status.equals(LanguageSite.PAST)) {
            return List.of(new PageView.Banner(LanguageSite.PAST, msg.get("banner.past"), currentPage,
                    msg.get("banner.past.link")));
        }
        if (status.equals(LanguageSite.UPCOMING)) {
            return List.of(new PageView.Banner(LanguageSite.UPCOMING, msg.format("banner.notYet",
                    msg.date(v.effective())), currentPage, msg.get("banner.notYet.link")));
        }
        return site.next().map(n -> List.of(new PageView.Banner(LanguageSite.UPCOMING,
                msg.format("banner.upcoming", msg.date(n.effective())), SitePaths.relative(path,
                site.changesPage(n).orElse(site.paths().version(site.language(), n.id()))),
                msg.get("banner.upcoming.link")))).orElse(List.of());
    }

    /** Every version of one language, newest first, with links to each and to what it changed. */
    public OutputFile archivePage(LanguageSite site) {
        Messages msg = site.messages();
        String path = site.paths().archive(site.language());
        List<ArchiveEntry> entries = new ArrayList<>();
        for (int i = site.versions().size() - 1; i >= 0; i--) {
            VersionFile v = site.versions().get(i);
            String status = site.status(v);
            entries.add(new ArchiveEntry(v.id(), msg.date(v.effective()),
                    site.project().summary(v).announced().map(msg::date).orElse(""),
                    status, msg.get("status." + status),
                    SitePaths.relative(path, site.paths().version(site.language(), v.id())),
                    site.changesPage(v).map(changes -> SitePaths.relative(path, changes)).orElse(""),
                    SitePaths.relative(path, site.paths().readability(site.language(), v.id())),
                    SitePaths.relative(path, site.paths().pdf(site.language(), v.id()))));
        }
        PageView page = site.page(path, msg.get("page.archive.title"),
                l -> Optional.of(site.paths().archive(l)), List.of());
        return site.render(path, "archive.vm", page, Map.of("versions", entries));
    }
}

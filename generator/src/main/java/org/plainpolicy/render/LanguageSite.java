package org.plainpolicy.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Consumer;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.Read;
import org.plainpolicy.model.Timeline;
import org.plainpolicy.model.VersionFile;

/**
 * The site in one language as the pages see it: which version is current, which comes next,
 * where each page lives, and the layout every page is put in. Shared by the renderer and the
 * change pages so that both make pages the same way.
 *
 * <p>A page is made from a site {@link #recording} its reads: everything it learns of the project,
 * through {@link #project()} or through the questions below, is told to the build as a {@link Read},
 * and what the page depends on is what it read.
 */
public final class LanguageSite {

    public static final String CURRENT = Timeline.CURRENT;
    public static final String UPCOMING = Timeline.UPCOMING;
    public static final String PAST = Timeline.PAST;

    private final PolicyProject project;
    private final Theme theme;
    private final SitePaths paths;
    private final String language;
    private final Messages msg;
    private final Timeline timeline;
    private final Consumer<Read> reads;

    public LanguageSite(PolicyProject project, Theme theme, String language, LocalDate today) {
        this(project, theme, language, theme.messages(language), new Timeline(project, language, today), read -> { });
    }

    private LanguageSite(PolicyProject project, Theme theme, String language, Messages msg, Timeline timeline,
                         Consumer<Read> reads) {
        this.project = project;
        this.theme = theme;
        this.paths = new SitePaths(project.site().defaultLanguage());
        this.language = language;
        this.msg = msg;
        this.timeline = timeline;
        this.reads = reads;
    }

    /** The same site, telling {@code reads} what a page made from it reads. */
    public LanguageSite recording(Consumer<Read> reads) {
        return new LanguageSite(project, theme, language, msg, timeline, reads);
    }

    /** The languages that have versions: the default first, then in the order of site.yaml. */
    public static List<String> languages(PolicyProject project) {
        List<String> languages = new ArrayList<>();
        languages.add(project.site().defaultLanguage());
        project.site().languages().stream().filter(l -> !languages.contains(l)).forEach(languages::add);
        List<String> used = project.languagesUsed();
        return languages.stream().filter(used::contains).toList();
    }

    /** The languages that have versions, as {@link #languages(PolicyProject)} orders them. */
    public List<String> languages() {
        return languages(project());
    }

    /** The project, as the page may read it: each read is recorded. */
    public PolicyProject project() {
        return project.recording(reads);
    }

    public SitePaths paths() {
        return paths;
    }

    public String language() {
        return language;
    }

    public Messages messages() {
        return msg;
    }

    public List<VersionFile> versions() {
        reads.accept(Read.of(Read.Kind.VERSIONS, language));
        return timeline.versions();
    }

    public Optional<VersionFile> current() {
        reads.accept(Read.of(Read.Kind.CURRENT, language));
        return timeline.current();
    }

    public Optional<VersionFile> next() {
        reads.accept(Read.of(Read.Kind.NEXT, language));
        return timeline.next();
    }

    public String status(VersionFile v) {
        reads.accept(Read.of(Read.Kind.STATUS, language, v.id()));
        return timeline.status(v.key());
    }

    /** The version that replaced {@code v} in this language, when {@code v} is no longer in effect. */
    public Optional<VersionFile> replacement(VersionFile v) {
        reads.accept(Read.of(Read.Kind.REPLACEMENT, language, v.id()));
        return timeline.replacement(v.key());
    }

    /** The version before {@code v} in this language: what its changes page compares it with. */
    public Optional<VersionFile> previous(VersionFile v) {
        return project().previous(v);
    }

    /** The changes page of {@code v}, which exists when the version has one before it in this language. */
    public Optional<String> changesPage(VersionFile v) {
        return previous(v).map(p -> paths.changes(language, v.id()));
    }

    /** The version the current page shows: the one in effect, or the first to come when none is yet. */
    public VersionFile home() {
        return current().or(this::next).orElseThrow();
    }

    /** The absolute address of a page, from the site's baseUrl. */
    public String absolute(String path) {
        return address(path).orElse(path);
    }

    /** The address of a page from the site's baseUrl, when the site has one. */
    public Optional<String> address(String path) {
        return project.site().baseUrl().map(base -> SitePaths.canonical(base.toString(), path));
    }

    /**
     * The layout's view of a page.
     *
     * @param sameIn this page's path in another language, if that language has it
     */
    public PageView page(String path, String title, Function<String, Optional<String>> sameIn,
                         List<PageView.Banner> banners) {
        List<PageView.Alternate> alternates = new ArrayList<>();
        for (String other : languages()) {
            Optional<String> same = sameIn.apply(other);
            String target = same.orElse(paths.current(other));
            alternates.add(new PageView.Alternate(other, languageName(other), SitePaths.relative(path, target),
                    other.equals(language), same.isPresent()));
        }
        return new PageView(language, title, project.site().name().orElse(""),
                project.site().baseUrl().isPresent() ? absolute(path) : "",
                SitePaths.relative(path, paths.stylesheet()),
                SitePaths.relative(path, paths.current(language)),
                SitePaths.relative(path, paths.archive(language)),
                alternates, banners, "");
    }

    /** A static file of the theme, such as {@code pdf.css}. */
    public byte[] themeFile(String name) {
        return theme.file(name);
    }

    /** Renders {@code template} as the body of a page, inside the layout. */
    public OutputFile render(String path, String template, PageView page, Map<String, Object> values) {
        Map<String, Object> context = new HashMap<>(values);
        context.put("page", page);
        context.put("msg", msg);
        String html = msg.typography().markup(theme.page(path, template, context));
        return new OutputFile(path, html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Renders a file that is not a page (a notice, the feed) from its own template, set in the
     * language's typography: as plain text for a {@code .txt} file, as markup for any other.
     */
    public OutputFile renderFile(String path, String template, Map<String, Object> values) {
        Map<String, Object> context = new HashMap<>(values);
        context.put("msg", msg);
        String document = theme.document(path, template, context);
        String set = path.endsWith(".txt") ? msg.typography().text(document) : msg.typography().markup(document);
        return new OutputFile(path, set.getBytes(StandardCharsets.UTF_8));
    }

    private static String languageName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}

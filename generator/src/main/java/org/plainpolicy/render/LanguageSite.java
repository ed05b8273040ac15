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
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.VersionSummary;

/**
 * The site in one language as the pages see it: which version is current, which comes next,
 * where each page lives, and the layout every page is put in. Shared by the renderer and the
 * change pages so that both make pages the same way.
 */
public final class LanguageSite {

    public static final String CURRENT = "current";
    public static final String UPCOMING = "upcoming";
    public static final String PAST = "past";

    private final PolicyProject project;
    private final Theme theme;
    private final SitePaths paths;
    private final String language;
    private final Messages msg;
    private final List<VersionFile> versions;
    private final Optional<VersionFile> current;
    private final Optional<VersionFile> next;

    public LanguageSite(PolicyProject project, Theme theme, String language, LocalDate today) {
        this.project = project;
        this.theme = theme;
        this.paths = new SitePaths(project.site().defaultLanguage());
        this.language = language;
        this.msg = theme.messages(language);
        this.versions = project.inLanguage(language);
        this.current = versions.stream().filter(v -> !v.effective().isAfter(today)).reduce((a, b) -> b);
        this.next = versions.stream().filter(v -> v.effective().isAfter(today)).findFirst();
    }

    /** The languages that have versions: the default first, then in the order of site.yaml. */
    public static List<String> languages(PolicyProject project) {
        List<String> languages = new ArrayList<>();
        languages.add(project.site().defaultLanguage());
        project.site().languages().stream().filter(l -> !languages.contains(l)).forEach(languages::add);
        return languages.stream().filter(l -> !project.inLanguage(l).isEmpty()).toList();
    }

    public PolicyProject project() {
        return project;
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
        return versions;
    }

    public Optional<VersionFile> current() {
        return current;
    }

    public Optional<VersionFile> next() {
        return next;
    }

    public String status(VersionFile v) {
        if (current.filter(c -> c.key().equals(v.key())).isPresent()) {
            return CURRENT;
        }
        return next.isPresent() && !v.effective().isBefore(next.get().effective()) ? UPCOMING : PAST;
    }

    /** The version that replaced {@code v} in this language, when {@code v} is no longer in effect. */
    public Optional<VersionFile> replacement(VersionFile v) {
        if (!status(v).equals(PAST)) {
            return Optional.empty();
        }
        return versions.stream().filter(o -> o.effective().isAfter(v.effective())).findFirst();
    }

    /** The version before {@code v} in this language: what its changes page compares it with. */
    public Optional<VersionFile> previous(VersionFile v) {
        return project.previous(v);
    }

    /** The changes page of {@code v}, which exists when the version has one before it in this language. */
    public Optional<String> changesPage(VersionFile v) {
        return previous(v).map(p -> paths.changes(language, v.id()));
    }

    /**
     * Everything that the pages of {@code v} (its page, its changes page, its notices, its
     * readability page) read besides the text of {@code v} and of the version before it, as text:
     * whether it is current, which version comes next, and which languages have it. When this,
     * the two files, site.yaml, the theme and the tool are as they were, those pages are too.
     */
    public String dependencies(VersionFile v) {
        StringBuilder text = new StringBuilder(status(v));
        if (status(v).equals(CURRENT)) {
            next.ifPresent(n -> text.append(" next ").append(n.id()));
        }
        replacement(v).ifPresent(r -> text.append(" until ").append(r.id()));
        previous(v).ifPresent(p -> text.append(" after ").append(p.id()));
        for (String other : languages(project)) {
            Optional<VersionFile> same = project.version(v.effective(), other);
            text.append(' ').append(other)
                    .append(same.isEmpty() ? "-" : project.previous(same.get()).isEmpty() ? "1" : "+");
        }
        return text.toString();
    }

    /**
     * What the current page reads besides the current version's text: which version that is, and
     * what the version's own page reads.
     */
    public String homeDependencies() {
        VersionFile home = home();
        return "home " + home.id() + " " + dependencies(home);
    }

    /** The version the current page shows: the one in effect, or the first to come when none is yet. */
    public VersionFile home() {
        return current.or(() -> next).orElseThrow();
    }

    /** What the archive reads of the versions: dates, dates of announcement, statuses, changes pages. */
    public String archiveDependencies() {
        StringBuilder text = new StringBuilder("archive ").append(String.join(" ", languages(project)));
        for (VersionFile v : versions) {
            text.append('\n').append(v.id()).append(' ')
                    .append(project.summary(v).announced().map(Object::toString).orElse("-")).append(' ')
                    .append(status(v)).append(previous(v).isPresent() ? " changes" : "");
        }
        return text.toString();
    }

    /** What the feed reads of the versions: dates, dates of announcement, the editor's notes. */
    public String feedDependencies() {
        StringBuilder text = new StringBuilder("feed");
        for (VersionFile v : versions) {
            VersionSummary summary = project.summary(v);
            text.append('\n').append(v.id()).append(' ').append(summary.announced().map(Object::toString).orElse("-"))
                    .append(previous(v).isPresent() ? " changes" : "");
            summary.changes().forEach(note -> text.append('\u0000').append(note));
        }
        return text.toString();
    }

    /** The absolute address of a page, from the site's baseUrl. */
    public String absolute(String path) {
        return project.site().baseUrl().map(base -> SitePaths.canonical(base.toString(), path)).orElse(path);
    }

    /**
     * The layout's view of a page.
     *
     * @param sameIn this page's path in another language, if that language has it
     */
    public PageView page(String path, String title, Function<String, Optional<String>> sameIn,
                         List<PageView.Banner> banners) {
        List<PageView.Alternate> alternates = new ArrayList<>();
        for (String other : languages(project)) {
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
                alternates, banners);
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

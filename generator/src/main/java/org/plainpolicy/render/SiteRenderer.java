package org.plainpolicy.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.registry.Registry;

/**
 * Stage three of the pipeline: turns a validated project into the files of its static site
 * (spec section 7), in memory, in a fixed order, so that the same input gives the same bytes.
 * Which version is current is decided by {@code today}.
 */
public final class SiteRenderer {

    static final String CURRENT = "current";
    static final String UPCOMING = "upcoming";
    static final String PAST = "past";

    private final VersionViews views;

    public SiteRenderer(Registry registry) {
        this.views = new VersionViews(registry, new Markdown());
    }

    public List<OutputFile> render(PolicyProject project, Theme theme, LocalDate today) {
        SitePaths paths = new SitePaths(project.site().defaultLanguage());
        List<OutputFile> files = new ArrayList<>();
        files.add(new OutputFile(paths.stylesheet(), theme.file("style.css")));
        for (String language : languages(project)) {
            new LanguageSite(project, theme, paths, language, today).render(files);
        }
        return files;
    }

    /** The languages with versions: the default first, then in the order of site.yaml. */
    private static List<String> languages(PolicyProject project) {
        List<String> languages = new ArrayList<>();
        languages.add(project.site().defaultLanguage());
        project.site().languages().stream().filter(l -> !languages.contains(l)).forEach(languages::add);
        return languages.stream().filter(l -> !project.inLanguage(l).isEmpty()).toList();
    }

    /** The pages of one language. */
    private final class LanguageSite {

        private final PolicyProject project;
        private final Theme theme;
        private final SitePaths paths;
        private final String language;
        private final Messages msg;
        private final List<PolicyVersion> versions;
        private final Optional<PolicyVersion> current;
        private final Optional<PolicyVersion> next;

        LanguageSite(PolicyProject project, Theme theme, SitePaths paths, String language, LocalDate today) {
            this.project = project;
            this.theme = theme;
            this.paths = paths;
            this.language = language;
            this.msg = theme.messages(language);
            this.versions = project.inLanguage(language);
            this.current = versions.stream().filter(v -> !v.effective().isAfter(today)).reduce((a, b) -> b);
            this.next = versions.stream().filter(v -> v.effective().isAfter(today)).findFirst();
        }

        void render(List<OutputFile> files) {
            PolicyVersion home = current.or(() -> next).orElseThrow();
            files.add(versionPage(paths.current(language), home, l -> Optional.of(paths.current(l))));
            for (PolicyVersion v : versions) {
                files.add(versionPage(paths.version(language, v.id()), v, l -> project.version(v.effective(), l)
                        .map(other -> paths.version(l, other.id()))));
            }
            files.add(archivePage());
        }

        private String status(PolicyVersion v) {
            if (current.filter(v::equals).isPresent()) {
                return CURRENT;
            }
            return next.isPresent() && !v.effective().isBefore(next.get().effective()) ? UPCOMING : PAST;
        }

        private OutputFile versionPage(String path, PolicyVersion v, Function<String, Optional<String>> sameIn) {
            String status = status(v);
            VersionView view = views.build(v, msg, status);
            String title = msg.format("page.version.title", view.title(), view.effective());
            if (path.equals(paths.current(language))) {
                title = view.title();
            }
            PageView page = page(path, title, sameIn, banners(path, v, status));
            return page(path, "version.vm", page, Map.of("v", view));
        }

        private List<PageView.Banner> banners(String path, PolicyVersion v, String status) {
            List<PageView.Banner> banners = new ArrayList<>();
            if (status.equals(PAST)) {
                banners.add(new PageView.Banner(PAST, msg.get("banner.past"),
                        SitePaths.relative(path, paths.current(language)), msg.get("banner.past.link")));
            } else if (status.equals(UPCOMING)) {
                banners.add(new PageView.Banner(UPCOMING, msg.format("banner.notYet", msg.date(v.effective())),
                        SitePaths.relative(path, paths.current(language)), msg.get("banner.notYet.link")));
            } else {
                next.ifPresent(n -> banners.add(new PageView.Banner(UPCOMING,
                        msg.format("banner.upcoming", msg.date(n.effective())),
                        SitePaths.relative(path, paths.version(language, n.id())), msg.get("banner.upcoming.link"))));
            }
            return banners;
        }

        private OutputFile archivePage() {
            String path = paths.archive(language);
            List<ArchiveEntry> entries = new ArrayList<>();
            for (int i = versions.size() - 1; i >= 0; i--) {
                PolicyVersion v = versions.get(i);
                String status = status(v);
                entries.add(new ArchiveEntry(v.id(), msg.date(v.effective()), v.announced().map(msg::date).orElse(""),
                        status, msg.get("status." + status), SitePaths.relative(path, paths.version(language, v.id()))));
            }
            PageView page = page(path, msg.get("page.archive.title"), l -> Optional.of(paths.archive(l)), List.of());
            return page(path, "archive.vm", page, Map.of("versions", entries));
        }

        /** The layout's view of a page; {@code sameIn} gives this page's path in another language, if it has one. */
        private PageView page(String path, String title, Function<String, Optional<String>> sameIn,
                              List<PageView.Banner> banners) {
            List<PageView.Alternate> alternates = new ArrayList<>();
            for (String other : languages(project)) {
                Optional<String> same = sameIn.apply(other);
                String target = same.orElse(paths.current(other));
                alternates.add(new PageView.Alternate(other, languageName(other), SitePaths.relative(path, target),
                        other.equals(language), same.isPresent()));
            }
            String baseUrl = project.site().baseUrl().map(Object::toString).orElse("");
            return new PageView(language, title, project.site().name().orElse(""),
                    baseUrl.isEmpty() ? "" : SitePaths.canonical(baseUrl, path),
                    SitePaths.relative(path, paths.stylesheet()),
                    SitePaths.relative(path, paths.current(language)),
                    SitePaths.relative(path, paths.archive(language)),
                    alternates, banners);
        }

        private OutputFile page(String path, String template, PageView page, Map<String, Object> values) {
            Map<String, Object> context = new java.util.HashMap<>(values);
            context.put("page", page);
            context.put("msg", msg);
            Html body = new Html(theme.render(template, context));
            context.put("content", body);
            String html = theme.render("layout.vm", context);
            return new OutputFile(path, html.getBytes(StandardCharsets.UTF_8));
        }

        private static String languageName(String code) {
            Locale locale = Locale.forLanguageTag(code);
            String name = locale.getDisplayLanguage(locale);
            return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        }
    }
}

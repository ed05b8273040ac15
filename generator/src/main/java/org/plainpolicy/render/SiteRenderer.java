package org.plainpolicy.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.registry.Registry;

/**
 * Stage three of the pipeline: turns a validated project into the pages of its static site
 * (spec section 7: the current version, each version, the archive, the stylesheet), in memory, in
 * a fixed order, so that the same input gives the same bytes. {@code today} decides which version
 * is current.
 */
public final class SiteRenderer {

    private final VersionViews views;

    public SiteRenderer(Registry registry) {
        this.views = new VersionViews(registry, new Markdown());
    }

    public List<OutputFile> render(PolicyProject project, Theme theme, LocalDate today) {
        List<OutputFile> files = new ArrayList<>();
        files.add(new OutputFile(new SitePaths(project.site().defaultLanguage()).stylesheet(), theme.file("style.css")));
        for (String language : LanguageSite.languages(project)) {
            LanguageSite site = new LanguageSite(project, theme, language, today);
            PolicyVersion home = site.current().or(site::next).orElseThrow();
            files.add(versionPage(site, site.paths().current(language), home, l -> Optional.of(site.paths().current(l))));
            for (PolicyVersion v : site.versions()) {
                files.add(versionPage(site, site.paths().version(language, v.id()), v, l -> project
                        .version(v.effective(), l).map(other -> site.paths().version(l, other.id()))));
            }
            files.add(archivePage(site));
        }
        return files;
    }

    private OutputFile versionPage(LanguageSite site, String path, PolicyVersion v,
                                   Function<String, Optional<String>> sameIn) {
        Messages msg = site.messages();
        String status = site.status(v);
        VersionView view = views.build(v, msg, status,
                site.changesPage(v).map(changes -> SitePaths.relative(path, changes)).orElse(""));
        String title = path.equals(site.paths().current(site.language())) ? view.title()
                : msg.format("page.version.title", view.title(), view.effective());
        return site.render(path, "version.vm", site.page(path, title, sameIn, banners(site, path, v, status)),
                Map.of("v", view));
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

    private static OutputFile archivePage(LanguageSite site) {
        Messages msg = site.messages();
        String path = site.paths().archive(site.language());
        List<ArchiveEntry> entries = new ArrayList<>();
        for (int i = site.versions().size() - 1; i >= 0; i--) {
            PolicyVersion v = site.versions().get(i);
            String status = site.status(v);
            entries.add(new ArchiveEntry(v.id(), msg.date(v.effective()), v.announced().map(msg::date).orElse(""),
                    status, msg.get("status." + status),
                    SitePaths.relative(path, site.paths().version(site.language(), v.id())),
                    site.changesPage(v).map(changes -> SitePaths.relative(path, changes)).orElse("")));
        }
        PageView page = site.page(path, msg.get("page.archive.title"),
                l -> Optional.of(site.paths().archive(l)), List.of());
        return site.render(path, "archive.vm", page, Map.of("versions", entries));
    }
}

package org.plainpolicy.preview;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.VersionKey;
import org.plainpolicy.render.ChangePages;
import org.plainpolicy.render.LanguageSite;
import org.plainpolicy.render.OutputFile;
import org.plainpolicy.render.SiteRenderer;
import org.plainpolicy.render.Theme;
import org.plainpolicy.validate.plain.ReadabilityReport;

/**
 * The site of a checked project, rendered a page at a time as the browser asks for it, and kept:
 * an editor looks at one page, so a rebuild after an edit renders that page (and the few made
 * with it), not the whole site. Each file is made by the renderer's own step that a build runs,
 * so a page is byte for byte what {@code build} writes. A PDF, which costs most of a version's time, is laid out
 * only when it is itself asked for, not with the version's pages.
 */
final class LazySite {

    /** How many of the pages asked for lately a rebuild makes at once: more than an editor keeps open. */
    private static final int OPEN_PAGES = 8;

    private final PolicyProject project;
    private final Theme theme;
    private final SiteRenderer renderer;
    private final ChangePages changes;
    private final Map<String, LanguageSite> sites = new LinkedHashMap<>();
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();
    private final String defaultLanguage;
    private final Map<VersionKey, ReadabilityReport> readability;
    /** The pages a browser asked for, latest last: those an editor has open. */
    private final Set<String> asked = new LinkedHashSet<>();

    /** @param readability what the checks measured of the versions, so that a report is not measured twice */
    LazySite(PolicyProject project, Theme theme, LocalDate today, SiteRenderer renderer, ChangePages changes,
             Map<VersionKey, ReadabilityReport> readability) {
        this.project = project;
        this.readability = readability;
        this.theme = theme;
        this.renderer = renderer;
        this.changes = changes;
        this.defaultLanguage = project.site().defaultLanguage();
        for (String language : LanguageSite.languages(project)) {
            sites.put(language, new LanguageSite(project, theme, language, today));
        }
    }

    /** The file at {@code path} of the site, made now if no request made it before; empty if the site has none. */
    synchronized Optional<byte[]> file(String path) {
        if (path.endsWith(".html")) {
            asked.remove(path);
            asked.add(path);
            if (asked.size() > OPEN_PAGES) {
                asked.remove(asked.iterator().next());
            }
        }
        byte[] known = made.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        make(path, f -> made.put(f.path(), f.content()));
        return Optional.ofNullable(made.get(path));
    }

    /** The pages asked for most lately, at most {@value #OPEN_PAGES}, that the next site makes before it is shown. */
    synchronized List<String> asked() {
        return List.copyOf(asked);
    }

    private void make(String path, Consumer<OutputFile> sink) {
        switch (path) {
            case "assets/style.css" -> sink.accept(renderer.stylesheet(project, theme));
            case "embed/embed.css" -> sink.accept(renderer.embedStylesheet(project, theme));
            case "versions.json" -> sink.accept(renderer.versionsJson(List.copyOf(sites.values())));
            case "fides.yaml" -> sink.accept(renderer.fides(sites.get(defaultLanguage)));
            default -> madeInALanguage(path, sink);
        }
    }

    private void madeInALanguage(String path, Consumer<OutputFile> sink) {
        int slash = path.indexOf('/');
        String first = slash < 0 ? "" : path.substring(0, slash);
        boolean other = !first.equals(defaultLanguage) && sites.containsKey(first);
        LanguageSite site = sites.get(other ? first : defaultLanguage);
        String rest = other ? path.substring(slash + 1) : path;
        String[] parts = rest.split("/");
        if (rest.equals("index.html") || rest.equals("versions/index.html") || rest.equals("embed/index.html")) {
            renderer.renderLanguagePages(site, sink);
        } else if (rest.equals("feed.xml")) {
            sink.accept(changes.feed(site));
        } else if (parts.length >= 2) {
            String kind = parts[0];
            String id = parts[1].replaceFirst("\\.(html|txt)$", "");
            Optional<VersionFile> file = site.versions().stream().filter(v -> v.id().equals(id)).findFirst();
            if (file.isEmpty()) {
                return;
            }
            boolean pdf = kind.equals("versions") && parts.length == 3 && parts[2].equals("policy.pdf");
            switch (pdf ? "pdf" : kind) {
                case "pdf" -> sink.accept(renderer.versionPdf(site, file.get()));
                case "versions", "readability", "embed" -> renderer.renderVersionFile(site, file.get(),
                        Optional.ofNullable(readability.get(file.get().key())), path).ifPresent(sink);
                case "changes", "notices" -> changes.renderVersion(site, file.get(), sink);
                default -> {
                    // No such kind of page.
                }
            }
        }
    }
}

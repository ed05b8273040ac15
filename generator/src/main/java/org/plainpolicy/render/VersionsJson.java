package org.plainpolicy.render;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.VersionSummary;

/**
 * {@code versions.json} (spec section 9): every version of every language, newest first, for apps
 * that record which version a person accepted and ask again when a later material one takes effect.
 * Links are relative to the site root, which {@code baseUrl} names once.
 */
final class VersionsJson {

    private VersionsJson() {
    }

    /** @param sites the site of each language, the default first, each recording what it reads */
    static OutputFile render(List<LanguageSite> sites) {
        LanguageSite first = sites.get(0);
        SitePaths paths = first.paths();
        // A version is one date; each language that has it adds its files.
        Map<String, Map<String, VersionFile>> byId = new TreeMap<>();
        Map<String, LanguageSite> siteOf = new LinkedHashMap<>();
        for (LanguageSite site : sites) {
            siteOf.put(site.language(), site);
            for (VersionFile file : site.versions()) {
                byId.computeIfAbsent(file.id(), id -> new LinkedHashMap<>()).put(site.language(), file);
            }
        }
        Optional<String> current = sites.stream().flatMap(s -> s.current().stream()).map(VersionFile::id)
                .max(String::compareTo);
        JsonObjectBuilder root = Json.PROVIDER.createObjectBuilder();
        first.project().site().baseUrl().ifPresent(base -> root.add("baseUrl", base.toString()));
        current.ifPresent(id -> root.add("current", id));
        var versions = Json.PROVIDER.createArrayBuilder();
        List<String> ids = new ArrayList<>(byId.keySet());
        for (int i = ids.size() - 1; i >= 0; i--) {
            Map<String, VersionFile> files = byId.get(ids.get(i));
            String language = files.keySet().iterator().next();
            LanguageSite site = siteOf.get(language);
            VersionFile file = files.get(language);
            VersionSummary summary = site.project().summary(file);
            JsonObjectBuilder version = Json.PROVIDER.createObjectBuilder()
                    .add("id", file.id())
                    .add("effective", file.effective().toString());
            summary.announced().ifPresent(day -> version.add("announced", day.toString()));
            version.add("material", summary.material()).add("status", site.status(file));
            summary.noticeWaived().ifPresent(reason -> version.add("noticeWaived", reason));
            JsonObjectBuilder languages = Json.PROVIDER.createObjectBuilder();
            files.forEach((lang, f) -> languages.add(lang, links(siteOf.get(lang), f, paths)));
            versions.add(version.add("languages", languages));
        }
        JsonObject json = root.add("versions", versions).build();
        return Json.file(paths.versionsJson(), json);
    }

    private static JsonObjectBuilder links(LanguageSite site, VersionFile file, SitePaths paths) {
        String language = site.language();
        VersionSummary summary = site.project().summary(file);
        JsonObjectBuilder links = Json.PROVIDER.createObjectBuilder().add("page", paths.version(language, file.id()));
        Optional<String> changes = site.changesPage(file);
        changes.ifPresent(page -> links.add("changes", page));
        // A notice is written for a material version that has one before it (ChangePages).
        if (summary.material() && changes.isPresent()) {
            links.add("notice", paths.notice(language, file.id(), "html"));
        }
        return links.add("jsonld", paths.jsonLd(language, file.id())).add("pdf", paths.pdf(language, file.id()))
                .add("sha256", site.project().digest(file));
    }
}

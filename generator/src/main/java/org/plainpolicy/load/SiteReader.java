package org.plainpolicy.load;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.JargonLevel;
import org.plainpolicy.model.Origin;
import org.plainpolicy.model.Paper;
import org.plainpolicy.model.PlainLanguageSettings;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.Site;
import org.yaml.snakeyaml.nodes.Node;

/** Turns site.yaml into {@link Site}, filling in the defaults of the spec. */
final class SiteReader {

    private static final String FALLBACK_LANGUAGE = "en";
    private final List<Finding> findings;

    SiteReader(List<Finding> findings) {
        this.findings = findings;
    }

    Site read(Path file, Node root) {
        return Fields.of(root, file, Position.startOf(file), Format.SITE, findings)
                .map(this::site)
                .orElseGet(() -> defaults(file));
    }

    /** The settings used when site.yaml is missing or unreadable, so that the versions are still checked. */
    static Site defaults(Path file) {
        return new Site(Optional.empty(), Optional.empty(), FALLBACK_LANGUAGE, List.of(FALLBACK_LANGUAGE),
                Site.DEFAULT_NOTICE_DAYS, PlainLanguageSettings.DEFAULTS, Paper.A4, Origin.of(Position.startOf(file)));
    }

    private Site site(Fields f) {
        Optional<String> name = required(f, "name", f.text("name"), "the organisation's name, such as Postwise");
        Optional<URI> baseUrl = required(f, "baseUrl", f.webAddress("baseUrl"),
                "the address where the site will be published, such as https://example.com/privacy/")
                .map(URI::create);
        Optional<String> defaultLanguage = required(f, "defaultLanguage", f.language("defaultLanguage"),
                "the language every version is written in, such as en");
        List<String> languages = languages(f, defaultLanguage.orElse(FALLBACK_LANGUAGE));
        int noticeDays = f.integer("noticeDays", 0, 366).orElse(Site.DEFAULT_NOTICE_DAYS);
        PlainLanguageSettings plain = f.mapping("plainLanguage", "plainLanguage").map(this::plainLanguage)
                .orElse(PlainLanguageSettings.DEFAULTS);
        Paper paper = f.word("paper", Paper.class).orElse(Paper.A4);
        return new Site(name, baseUrl, defaultLanguage.orElse(languages.get(0)), languages, noticeDays, plain,
                paper, f.origin());
    }

    private List<String> languages(Fields f, String defaultLanguage) {
        List<String> languages = new ArrayList<>();
        for (Node item : f.list("languages")) {
            Position at = SafeYaml.position(f.origin().at().file(), item.getStartMark());
            String text = item instanceof org.yaml.snakeyaml.nodes.ScalarNode s ? s.getValue() : "";
            Optional<String> language = Values.language(text);
            if (language.isEmpty()) {
                f.error(at, "'" + text + "' in `languages` is not a language code; write a lowercase two-letter "
                        + "code such as en or fr");
            } else if (languages.contains(text)) {
                f.error(at, "the language '" + text + "' is listed twice in `languages`; keep one");
            } else {
                languages.add(text);
            }
        }
        if (f.has("languages") && !languages.isEmpty() && !languages.contains(defaultLanguage)) {
            f.error(f.origin().of("languages"), "`languages` does not include the default language '"
                    + defaultLanguage + "'; add it");
        }
        if (!languages.contains(defaultLanguage)) {
            languages.add(0, defaultLanguage);
        }
        return languages;
    }

    private PlainLanguageSettings plainLanguage(Fields f) {
        PlainLanguageSettings d = PlainLanguageSettings.DEFAULTS;
        Map<String, String> extra = new LinkedHashMap<>();
        f.mappingEntries("extraJargon").forEach(extra::put);
        return new PlainLanguageSettings(
                f.integer("maxSentenceWords", 1, 1000).orElse(d.maxSentenceWords()),
                f.number("minReadingEase", -100, 121).orElse(d.minReadingEase()),
                f.word("jargon", JargonLevel.class).orElse(d.jargon()),
                extra,
                f.texts("allowedJargon"));
    }

    private static <T> Optional<T> required(Fields f, String key, Optional<T> value, String what) {
        if (value.isEmpty() && !f.origin().rejected(key)) {
            f.error(f.origin().of(key), "site.yaml has no `" + key + "`; add `" + key + ":` with " + what);
        }
        return value;
    }
}

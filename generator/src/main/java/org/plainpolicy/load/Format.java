package org.plainpolicy.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plainpolicy.model.DataSource;
import org.plainpolicy.model.JargonLevel;
import org.plainpolicy.model.LegalBasis;
import org.plainpolicy.model.RecipientRole;
import org.plainpolicy.model.Requirement;
import org.plainpolicy.model.RightId;
import org.plainpolicy.model.Safeguard;
import org.plainpolicy.model.SpecialCondition;
import org.plainpolicy.model.Word;

/**
 * The keys each kind of YAML mapping may hold: the one table the loader reads from, and that
 * the JSON Schemas are tested against so that the two cannot drift apart.
 * Kinds are named by their path in the file ({@code purposes[]} for a list item).
 */
public final class Format {

    /** The reference given to findings about the file format itself rather than a GDPR rule. */
    public static final String REFERENCE = "format";
    /** The reference given to YAML syntax errors. */
    public static final String YAML_REFERENCE = "YAML";

    public static final String VERSION = "version";
    public static final String SITE = "site";

    private static final Map<String, List<String>> KEYS = buildKeys();

    /** The keys whose value is one of a closed set of words, and that set. */
    private static final Map<String, List<String>> WORDS = Map.of(
            "personalData[].source", Word.words(DataSource.class),
            "personalData[].specialCondition", Word.words(SpecialCondition.class),
            "personalData[].required", Word.words(Requirement.class),
            "purposes[].legalBasis", Word.words(LegalBasis.class),
            "recipients[].role", Word.words(RecipientRole.class),
            "transfers[].safeguard", Word.words(Safeguard.class),
            "plainLanguage.jargon", Word.words(JargonLevel.class));

    private Format() {
    }

    private static Map<String, List<String>> buildKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put(VERSION, List.of("announced", "material", "noticeWaived", "title", "intro", "changes",
                "controller", "controllers", "representative", "dpo", "supervisoryAuthority", "dataSubjects", "personalData", "purposes",
                "recipients", "transfers", "automatedDecisions", "profiling", "cookies", "rights", "security", "children", "glossary",
                "sections"));
        keys.put("controller", List.of("name", "address", "country", "email", "phone", "website"));
        keys.put("controllers[]", List.of("name", "for", "address", "country", "establishment", "email", "phone",
                "website"));
        keys.put("representative", List.of("name", "address", "email", "phone"));
        keys.put("dpo", List.of("appointed", "name", "email", "address", "phone"));
        keys.put("supervisoryAuthority", List.of("name", "website", "address", "email"));
        keys.put("dataSubjects[]", List.of("id", "name", "description", "fides"));
        keys.put("personalData[]", List.of("id", "name", "description", "source", "sourceDetails", "toldWhen",
                "special", "specialCondition", "required", "consequences", "retention", "dataSubjects", "pd", "fides"));
        keys.put("personalData[].retention", List.of("period", "after", "criteria"));
        keys.put("purposes[]", List.of("id", "name", "description", "data", "dataSubjects", "legalBasis", "legitimateInterests",
                "law", "recipients", "directMarketing", "retention", "dpv", "fides"));
        keys.put("purposes[].retention", List.of("period", "after", "criteria"));
        keys.put("recipients[]", List.of("id", "name", "category", "role", "purpose", "country", "countries",
                "internationalOrganisation", "arrangement", "contactPoint"));
        keys.put("transfers[]", List.of("recipient", "country", "safeguard", "derogation", "risks", "law",
                "interests", "authorityInformed", "details", "copy", "listing"));
        keys.put("automatedDecisions[]", List.of("id", "name", "logic", "significance", "contest", "ground", "law",
                "data"));
        keys.put("profiling[]", List.of("id", "name", "logic", "significance"));
        keys.put("cookies[]", List.of("name", "provider", "country", "purpose", "duration", "consent"));
        keys.put("rights", List.of("contact", "responseTime", "overrides"));
        keys.put("rights.overrides", Word.words(RightId.class));
        keys.put("children", List.of("minimumAge"));
        keys.put("glossary[]", List.of("term", "definition"));
        keys.put("sections[]", List.of("id", "title", "body", "after"));
        keys.put(SITE, List.of("name", "baseUrl", "defaultLanguage", "languages", "noticeDays", "plainLanguage", "paper"));
        keys.put("plainLanguage", List.of("maxSentenceWords", "minReadingEase", "jargon", "extraJargon",
                "allowedJargon"));
        return Map.copyOf(keys);
    }

    /** Every kind of mapping and its keys, in the order the spec lists them. */
    public static Map<String, List<String>> keys() {
        return KEYS;
    }

    /** Each key that takes a closed set of words ({@code purposes[].legalBasis}), with the words. */
    public static Map<String, List<String>> words() {
        return WORDS;
    }

    public static List<String> keysOf(String kind) {
        List<String> keys = KEYS.get(kind);
        if (keys == null) {
            throw new IllegalArgumentException("no such kind of mapping: " + kind);
        }
        return keys;
    }
}

package org.plainpolicy.validate.plain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists shipped in this package: legal jargon with plainer words, vague qualifiers, and
 * the stock phrases that say nothing about how long data is kept.
 */
public final class WordLists {

    private static final String BASE = "/org/plainpolicy/plain/";

    private WordLists() {
    }

    /** Jargon term → plainer words, for a language, as the list writes them; empty for a language without a list. */
    static Map<String, String> jargon(String language) {
        Map<String, String> terms = new LinkedHashMap<>();
        for (String line : lines("jargon_" + language + ".txt")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                terms.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return terms;
    }

    /** Vague words, as the list writes them ("unter Umständen"). */
    static List<String> vague(String language) {
        return lines("vague_" + language + ".txt");
    }

    /** Retention criteria that say nothing ("as long as necessary"), as the list writes them; empty without a list. */
    public static List<String> retentionStockPhrases(String language) {
        return lines("retention-stock-phrases_" + language + ".txt");
    }

    static List<String> lines(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

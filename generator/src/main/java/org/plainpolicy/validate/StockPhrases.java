package org.plainpolicy.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Retention criteria that say nothing ("as long as necessary"): WP260 asks for the period or the
 * criteria that decide it, and a stock phrase is neither. Each language has its list in
 * {@code /org/plainpolicy/rules/retention-stock-phrases_<lang>.txt}; a language without one is not checked.
 */
final class StockPhrases {

    /** Longer criteria say more than the phrase, as "as long as necessary to close your account" does. */
    private static final int MAX_WORDS = 15;
    private static final Map<String, List<String>> PHRASES = new ConcurrentHashMap<>();

    private StockPhrases() {
    }

    /** The stock phrase that is all {@code criteria} say, in {@code language}. */
    static Optional<String> in(String criteria, String language) {
        String text = normal(criteria);
        if (text.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        return PHRASES.computeIfAbsent(language, StockPhrases::read).stream().filter(text::contains).findFirst();
    }

    /** Lower case, one kind of apostrophe and of space, so that the lists need one spelling. */
    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    private static List<String> read(String language) {
        try (InputStream in = StockPhrases.class.getResourceAsStream("/org/plainpolicy/rules/retention-stock-phrases_"
                + language + ".txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(StockPhrases::normal).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.plainpolicy.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.plainpolicy.validate.plain.WordLists;

/**
 * Retention criteria that say nothing ("as long as necessary"): WP260 asks for the period or the
 * criteria that decide it, and a stock phrase is neither. Each language has its list among the
 * word lists ({@link WordLists#retentionStockPhrases}); a language without one is not checked.
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
        return PHRASES.computeIfAbsent(language, l -> WordLists.retentionStockPhrases(l).stream()
                .map(StockPhrases::normal).toList()).stream().filter(text::contains).findFirst();
    }

    /** Lower case, one kind of apostrophe and of space, so that the lists need one spelling. */
    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }
}

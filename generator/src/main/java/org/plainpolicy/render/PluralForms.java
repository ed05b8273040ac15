package org.plainpolicy.render;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forms a language gives a noun after a whole number, by CLDR's plural rules: English has two
 * ("1 day", "2 days"), Polish three ("1 dzień", "2 dni", "5 dni"), Irish five. A message that
 * counts, such as {@code period.day}, has one key per form: {@code period.day.one},
 * {@code period.day.few}, and so on, named by CLDR's categories.
 */
final class PluralForms {

    /**
     * The amounts a policy states stay far below this; every category a language gives to whole
     * numbers is reached by then (Slovenian's "two" and "few" recur at 102 and 103, for one).
     */
    private static final int SURVEYED = 1000;

    private static final Map<String, PluralRules> RULES = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> CATEGORIES = new ConcurrentHashMap<>();

    private PluralForms() {
    }

    /**
     * The category of {@code amount} in {@code language}: "one", "two", "few", "many" or "other".
     * A category only amounts past {@link #SURVEYED} reach (French's "many", for a million) has no
     * message of its own, so such an amount takes "other", as those languages write it.
     */
    static String category(String language, long amount) {
        String category = rules(language).select(amount);
        return categories(language).contains(category) ? category : "other";
    }

    /** The categories whole numbers fall into in {@code language}: the keys a counting message needs. */
    static Set<String> categories(String language) {
        return CATEGORIES.computeIfAbsent(language, l -> {
            PluralRules rules = rules(l);
            Set<String> reached = new TreeSet<>();
            for (int amount = 1; amount <= SURVEYED; amount++) {
                reached.add(rules.select(amount));
            }
            return Set.copyOf(reached);
        });
    }

    /** Looked up once per language: every period of every page asks. */
    private static PluralRules rules(String language) {
        return RULES.computeIfAbsent(language, l -> PluralRules.forLocale(ULocale.forLanguageTag(l)));
    }
}

package org.plainpolicy.validate.plain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * What the checks need to know of a language: the abbreviations that end no sentence ("z. B.",
 * "n°"), whether a number with a full stop is an ordinal ("am 1. März"), what ends a question,
 * and the readability formula published for it, with its syllable rule. The abbreviations are
 * data, in {@code abbreviations_<code>.txt}; a language outside the table is split on its full
 * stops alone and gets no score.
 */
final class Language {

    private static final int MAX_KNOWN_WORDS = 100_000;
    private static final Pattern SPACE_AFTER_DOT = Pattern.compile("\\.\\s+");

    /** How a language is written and measured, beyond its abbreviations. */
    private record Traits(Optional<Formula> formula, Optional<ToIntFunction<String>> syllables, boolean ordinalDot,
                          String terminators) {

        static Traits of(Formula formula, ToIntFunction<String> syllables, boolean ordinalDot) {
            return new Traits(Optional.of(formula), Optional.of(syllables), ordinalDot, ".!?");
        }

        static Traits of(Formula formula, boolean ordinalDot) {
            return new Traits(Optional.of(formula), Optional.empty(), ordinalDot, ".!?");
        }

        static Traits unscored(boolean ordinalDot) {
            return new Traits(Optional.empty(), Optional.empty(), ordinalDot, ".!?");
        }
    }

    private static final boolean ORDINAL_DOT = true;
    private static final boolean NO_ORDINAL_DOT = false;

    /** The languages of the EEA; "nb" is Norwegian Bokmål by its own code. Greek asks with ";". */
    private static final Map<String, Traits> TRAITS = Map.ofEntries(
            Map.entry("en", Traits.of(Formula.FLESCH, Syllables::english, NO_ORDINAL_DOT)),
            Map.entry("fr", Traits.of(Formula.KANDEL_MOLES, Syllables::french, NO_ORDINAL_DOT)),
            Map.entry("de", Traits.of(Formula.AMSTAD, Syllables::german, ORDINAL_DOT)),
            Map.entry("es", Traits.of(Formula.FERNANDEZ_HUERTA, Syllables::spanish, NO_ORDINAL_DOT)),
            Map.entry("nl", Traits.of(Formula.FLESCH_DOUMA, Syllables::dutch, NO_ORDINAL_DOT)),
            Map.entry("pt", Traits.of(Formula.MARTINS, Syllables::portuguese, NO_ORDINAL_DOT)),
            Map.entry("it", Traits.of(Formula.GULPEASE, NO_ORDINAL_DOT)),
            Map.entry("sv", Traits.of(Formula.LIX, NO_ORDINAL_DOT)),
            Map.entry("da", Traits.of(Formula.LIX, ORDINAL_DOT)),
            Map.entry("no", Traits.of(Formula.LIX, ORDINAL_DOT)),
            Map.entry("nb", Traits.of(Formula.LIX, ORDINAL_DOT)),
            Map.entry("bg", Traits.unscored(NO_ORDINAL_DOT)),
            Map.entry("cs", Traits.unscored(ORDINAL_DOT)),
            Map.entry("el", new Traits(Optional.empty(), Optional.empty(), NO_ORDINAL_DOT, ".!;\u037e")),
            Map.entry("et", Traits.unscored(ORDINAL_DOT)),
            Map.entry("fi", Traits.unscored(ORDINAL_DOT)),
            Map.entry("ga", Traits.unscored(NO_ORDINAL_DOT)),
            Map.entry("hr", Traits.unscored(ORDINAL_DOT)),
            Map.entry("hu", Traits.unscored(ORDINAL_DOT)),
            Map.entry("is", Traits.unscored(ORDINAL_DOT)),
            Map.entry("lt", Traits.unscored(NO_ORDINAL_DOT)),
            Map.entry("lv", Traits.unscored(ORDINAL_DOT)),
            Map.entry("mt", Traits.unscored(NO_ORDINAL_DOT)),
            Map.entry("pl", Traits.unscored(NO_ORDINAL_DOT)),
            Map.entry("ro", Traits.unscored(NO_ORDINAL_DOT)),
            Map.entry("sk", Traits.unscored(ORDINAL_DOT)),
            Map.entry("sl", Traits.unscored(ORDINAL_DOT)));

    private static final Map<String, Language> KNOWN = new ConcurrentHashMap<>();

    private final String code;
    private final Locale locale;
    private final Set<String> abbreviations;
    private final Traits traits;
    private final Map<String, Integer> syllableCounts = new ConcurrentHashMap<>();

    private Language(String code, Traits traits) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
        this.abbreviations = abbreviations(code.equals("nb") ? "no" : code);
        this.traits = traits;
    }

    /** The language of a code; one outside the table still has its sentences measured. */
    static Language of(String code) {
        return KNOWN.computeIfAbsent(code, c -> new Language(c, TRAITS.getOrDefault(c, Traits.unscored(false))));
    }

    /** The codes of the table: every language of the EEA. */
    static Set<String> codes() {
        return TRAITS.keySet();
    }

    String code() {
        return code;
    }

    Locale locale() {
        return locale;
    }

    Optional<Formula> formula() {
        return traits.formula();
    }

    /** Whether "12." before a word is an ordinal, as in "am 1. März" and "den 1. januar". */
    boolean writesOrdinalsWithDot() {
        return traits.ordinalDot();
    }

    /** The marks that end a sentence: ".!?", and the Greek question mark ";". */
    String terminators() {
        return traits.terminators();
    }

    /**
     * Whether a word (without its final full stop) is an abbreviation; a word of several parts is
     * asked with a single space after each inner full stop removed: "z.b", "p.ej", "ad es".
     */
    boolean isAbbreviation(String word) {
        return abbreviations.contains(word.toLowerCase(locale));
    }

    int syllables(String word) {
        if (traits.syllables().isEmpty()) {
            return 0;
        }
        // A policy uses a few thousand words many times over: count each once. Bounded, so that a
        // file of endless distinct words cannot fill the memory.
        Integer count = syllableCounts.get(word);
        if (count == null) {
            count = traits.syllables().get().applyAsInt(word);
            if (syllableCounts.size() < MAX_KNOWN_WORDS && word.length() <= 40) {
                syllableCounts.put(word, count);
            }
        }
        return count;
    }

    private Set<String> abbreviations(String file) {
        Set<String> words = new HashSet<>();
        for (String line : WordLists.lines("abbreviations_" + file + ".txt")) {
            String word = SPACE_AFTER_DOT.matcher(line.toLowerCase(locale)).replaceAll(".");
            words.add(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
        }
        return Set.copyOf(words);
    }

    @Override
    public String toString() {
        return code;
    }
}

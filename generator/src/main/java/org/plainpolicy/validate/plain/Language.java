package org.plainpolicy.validate.plain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the checks need to know of a language: its abbreviations (so that "e.g." ends no sentence),
 * its syllables, and its readability formula, when a published one exists.
 */
enum Language {

    ENGLISH("en", Set.of("e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "art", "no", "p", "pp", "cf", "approx",
            "inc", "ltd", "co", "corp", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "u.s", "u.k", "e.u")),
    FRENCH("fr", Set.of("m", "mme", "mlle", "art", "p", "ex", "etc", "cf", "av", "bd", "n°", "no", "env", "c.-à-d",
            "c-à-d", "sté", "ste", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "e.g", "i.e"));

    private static final int MAX_KNOWN_WORDS = 100_000;
    private static final Map<String, Integer> ENGLISH_SYLLABLES = new ConcurrentHashMap<>();
    private static final Map<String, Integer> FRENCH_SYLLABLES = new ConcurrentHashMap<>();

    private final String code;
    private final Locale locale;
    private final Set<String> abbreviations;

    Language(String code, Set<String> abbreviations) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
        this.abbreviations = abbreviations;
    }

    static Optional<Language> of(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    String code() {
        return code;
    }

    Locale locale() {
        return locale;
    }

    boolean isAbbreviation(String word) {
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    int syllables(String word) {
        // A policy uses a few thousand words many times over: count each once. Bounded, so that a
        // file of endless distinct words cannot fill the memory.
        Map<String, Integer> known = this == ENGLISH ? ENGLISH_SYLLABLES : FRENCH_SYLLABLES;
        Integer count = known.get(word);
        if (count == null) {
            count = this == ENGLISH ? Syllables.english(word) : Syllables.french(word);
            if (known.size() < MAX_KNOWN_WORDS && word.length() <= 40) {
                known.put(word, count);
            }
        }
        return count;
    }

    /**
     * The reading ease of a text: Flesch (1948) for English; Kandel and Moles (1958), Flesch's
     * formula refitted to French, for French. Higher is easier; 60 to 70 is plain.
     */
    double readingEase(int words, int sentences, int syllables) {
        double wordsPerSentence = (double) words / sentences;
        double syllablesPerWord = (double) syllables / words;
        return this == ENGLISH ? 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
                : 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord;
    }

    String formula() {
        return this == ENGLISH ? "Flesch reading ease" : "Kandel-Moles reading ease";
    }
}

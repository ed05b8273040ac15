package org.plainpolicy.validate.plain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syllable counts by rule, as readability formulas are applied in practice: vowel groups, less
 * the vowels that are not sounded. Right for most words, near enough for the rest; numbers and
 * abbreviations count as one.
 */
final class Syllables {

    private static final Pattern EN_SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$");
    private static final Pattern EN_VOWEL_GROUP = Pattern.compile("[aeiouy]{1,2}");
    private static final Pattern FR_VOWEL_GROUP = Pattern.compile("[aeiouyàâäéèêëîïôöùûüÿœæ]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern FR_SILENT_U = Pattern.compile("([qg])u(?=[aeiouyéèê])");
    private static final Pattern FR_MUTE_E = Pattern.compile("[^aeiouyàâäéèêëîïôöùûü]es?$");

    private static final Pattern DE_VOWEL_GROUP = Pattern.compile("[aeiouyäöü]+");
    private static final Set<String> DE_TOGETHER = Set.of("aa", "ee", "oo", "ie", "ei", "ai", "ey", "ay", "au", "eu",
            "äu", "ui");
    private static final Pattern ES_VOWEL_GROUP = Pattern.compile("[aeiouáéíóúü]+");
    /** A final y after a vowel is the vowel i: ley, hoy, muy. */
    private static final Pattern ES_FINAL_Y = Pattern.compile("(?<=[aeiou])y$");
    /** A weak vowel (i, u) unstressed beside another vowel makes one syllable; two strong ones (a, e, o) do not. */
    private static final Set<String> ES_TOGETHER = Set.of("ai", "ei", "oi", "au", "eu", "ou", "ia", "ie", "io", "iu",
            "ua", "ue", "ui", "uo", "ái", "éi", "ói", "áu", "éu", "iá", "ié", "ió", "uá", "ué", "uó", "üe", "üi");
    private static final Pattern NL_VOWEL_GROUP = Pattern.compile("[aeiouyëïéèáóúü]+");
    private static final Set<String> NL_TOGETHER = Set.of("aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ui", "ou",
            "au", "ai", "oi", "ieu", "eeu", "ooi", "oei", "aai");
    private static final Pattern PT_VOWEL_GROUP = Pattern.compile("[aeiouáéíóúâêôãõàü]+");
    private static final Set<String> PT_TOGETHER = Set.of("ai", "ei", "oi", "ui", "au", "eu", "iu", "ou", "ão", "ãe",
            "õe", "éi", "ói", "éu", "ái", "êi", "ôi");
    /** The u of "qu" and "gu" before a vowel is not a syllable of its own: quando, seguir, que. */
    private static final Pattern QU_GU = Pattern.compile("([qg])u(?=[aeioáéíóâêôãõ])");

    private Syllables() {
    }

    static int german(String word) {
        return byVowelGroups(letters(word, Locale.GERMAN), DE_VOWEL_GROUP, DE_TOGETHER);
    }

    static int spanish(String word) {
        String w = ES_FINAL_Y.matcher(letters(word, Locale.ROOT)).replaceAll("i");
        return byVowelGroups(QU_GU.matcher(w).replaceAll("$1"), ES_VOWEL_GROUP, ES_TOGETHER);
    }

    static int dutch(String word) {
        return byVowelGroups(letters(word, Locale.ROOT), NL_VOWEL_GROUP, NL_TOGETHER);
    }

    static int portuguese(String word) {
        return byVowelGroups(QU_GU.matcher(letters(word, Locale.ROOT)).replaceAll("$1"), PT_VOWEL_GROUP, PT_TOGETHER);
    }

    private static String letters(String word, Locale locale) {
        return NOT_LETTER.matcher(word.toLowerCase(locale)).replaceAll("");
    }

    /**
     * One syllable per vowel group, where a group of vowels that are sounded apart (Situation,
     * Bauer, día) makes one per vowel, less the pairs and triples a language sounds as one.
     */
    private static int byVowelGroups(String w, Pattern vowelGroup, Set<String> together) {
        int count = 0;
        Matcher m = vowelGroup.matcher(w);
        while (m.find()) {
            String group = m.group();
            int i = 0;
            while (i < group.length()) {
                i += i + 3 <= group.length() && together.contains(group.substring(i, i + 3)) ? 3
                        : i + 2 <= group.length() && together.contains(group.substring(i, i + 2)) ? 2 : 1;
                count++;
            }
        }
        return Math.max(1, count);
    }

    static int english(String word) {
        String w = NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        if (w.length() <= 3) {
            return 1;
        }
        w = EN_SILENT_ENDING.matcher(w).replaceAll("");
        w = w.startsWith("y") ? w.substring(1) : w;
        int count = (int) EN_VOWEL_GROUP.matcher(w).results().count();
        return Math.max(1, count);
    }

    static int french(String word) {
        // The u of "qu" and "gu" before a vowel is not sounded: politique, guerre.
        String w = FR_SILENT_U.matcher(NOT_LETTER.matcher(word.toLowerCase(Locale.FRENCH)).replaceAll("")).replaceAll("$1");
        if (w.isEmpty()) {
            return 1;
        }
        int count = (int) FR_VOWEL_GROUP.matcher(w).results().count();
        // A final mute e (donnée, données, contacte) is not sounded, unless it is the only vowel (le, de).
        if (count > 1 && FR_MUTE_E.matcher(w).find()) {
            count--;
        }
        return Math.max(1, count);
    }
}

package org.plainpolicy.validate.plain;

import java.util.Locale;
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

    private Syllables() {
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

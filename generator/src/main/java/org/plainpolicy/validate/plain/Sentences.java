package org.plainpolicy.validate.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences and words as a reader would: a full stop ends a sentence only
 * at the end of a word followed by a capital, a digit, a quote or the end, and never after an
 * abbreviation ("e.g.", "z. B.", "p. ej."), an initial ("J.") or, where the language writes
 * ordinals so, an ordinal ("am 1. März"). E-mail addresses and web addresses are one word.
 */
final class Sentences {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern STARTS_SENTENCE = Pattern.compile("^[\"'‘“«„¿¡(\\[]*[\\p{Lu}\\p{N}].*");
    private static final Pattern CLOSING_QUOTES = Pattern.compile("[\"'’”“‘»)\\]]+$");
    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\"'‘“«„¿¡(\\[]+");
    private static final Pattern ELISION = Pattern.compile("^\\p{L}['’]");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}");

    /** A sentence: its text, where it starts in the paragraph, and its words. */
    record Sentence(String text, int start, List<String> words) {
    }

    private Sentences() {
    }

    static List<Sentence> split(String paragraph, Language language) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = TOKEN.matcher(paragraph);
        while (m.find()) {
            tokens.add(m.group());
            starts.add(m.start());
        }
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1;
            if (last || endsSentence(i == 0 ? "" : tokens.get(i - 1), tokens.get(i), tokens.get(i + 1), language)) {
                int start = starts.get(first);
                String text = paragraph.substring(start, starts.get(i) + tokens.get(i).length());
                sentences.add(new Sentence(text, start, words(text)));
                first = i + 1;
            }
        }
        return sentences;
    }

    private static boolean endsSentence(String previous, String token, String next, Language language) {
        // Most words hold no full stop, question or exclamation mark: no need to ask the patterns.
        if (!mayEndSentence(token, language)) {
            return false;
        }
        String bare = CLOSING_QUOTES.matcher(token).replaceAll("");
        if (bare.isEmpty() || language.terminators().indexOf(bare.charAt(bare.length() - 1)) < 0
                || !STARTS_SENTENCE.matcher(next).matches()) {
            return false;
        }
        if (!bare.endsWith(".")) {
            return true;
        }
        String word = word(bare(bare));
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        boolean ordinal = language.writesOrdinalsWithDot() && ORDINAL.matcher(word).matches();
        return !initial && !ordinal && !abbreviation(previous, word, next, language);
    }

    /** Whether a word ending in a full stop is an abbreviation, alone or as a part of one written with a space ("z. B."). */
    private static boolean abbreviation(String previous, String word, String next, Language language) {
        if (language.isAbbreviation(word)) {
            return true;
        }
        String before = bare(previous);
        String after = word(bare(next));
        return !before.isEmpty() && language.isAbbreviation(before + (before.endsWith(".") ? "" : " ") + word)
                || !after.isEmpty() && language.isAbbreviation(word + "." + after);
    }

    /** A token without its quotes and an elided article: "l'art." is "art.". */
    private static String bare(String token) {
        String t = CLOSING_QUOTES.matcher(token).replaceAll("");
        return ELISION.matcher(OPENING_QUOTES.matcher(t).replaceAll("")).replaceAll("");
    }

    private static String word(String bare) {
        return bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
    }

    private static boolean mayEndSentence(String token, Language language) {
        for (int i = 0; i < token.length(); i++) {
            if (language.terminators().indexOf(token.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (hasLetterOrDigit(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static boolean hasLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}

package org.plainpolicy.validate.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences and words as a reader would: a full stop ends a sentence only
 * at the end of a word followed by a capital, a digit, a quote or the end, and never after an
 * abbreviation ("e.g.") or an initial ("J."). E-mail addresses and web addresses are one word.
 */
final class Sentences {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?][\"'’”»)\\]]*$");
    private static final Pattern STARTS_SENTENCE = Pattern.compile("^[\"'‘“«(\\[]*[\\p{Lu}\\p{N}].*");
    private static final Pattern CLOSING_QUOTES = Pattern.compile("[\"'’”»)\\]]+$");
    private static final Pattern OPENING_QUOTES = Pattern.compile("^[\"'‘“«(\\[]+");
    private static final Pattern ELISION = Pattern.compile("^\\p{L}['’]");

    /** A sentence: its text, where it starts in the paragraph, and its words. */
    record Sentence(String text, int start, List<String> words) {
    }

    private Sentences() {
    }

    static List<Sentence> split(String paragraph, Language language) {
        List<Sentence> sentences = new ArrayList<>();
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(paragraph);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = paragraph.substring(tokens.get(i)[0], tokens.get(i)[1]);
            boolean last = i == tokens.size() - 1;
            String next = last ? "" : paragraph.substring(tokens.get(i + 1)[0], tokens.get(i + 1)[1]);
            if (last || endsSentence(token, next, language)) {
                int start = tokens.get(first)[0];
                String text = paragraph.substring(start, tokens.get(i)[1]);
                sentences.add(new Sentence(text, start, words(text)));
                first = i + 1;
            }
        }
        return sentences;
    }

    private static boolean endsSentence(String token, String next, Language language) {
        // Most words hold no full stop, question or exclamation mark: no need to ask the pattern.
        if (!mayEndSentence(token) || !ENDS_SENTENCE.matcher(token).matches()
                || !STARTS_SENTENCE.matcher(next).matches()) {
            return false;
        }
        String bare = CLOSING_QUOTES.matcher(token).replaceAll("");
        if (bare.endsWith("!") || bare.endsWith("?")) {
            return true;
        }
        // An elided article belongs to the next word: "l'art." is the abbreviation "art.".
        String word = ELISION.matcher(OPENING_QUOTES.matcher(bare.substring(0, bare.length() - 1)).replaceAll(""))
                .replaceAll("");
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return !initial && !language.isAbbreviation(word);
    }

    private static boolean mayEndSentence(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
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

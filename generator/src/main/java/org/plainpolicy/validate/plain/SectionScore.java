package org.plainpolicy.validate.plain;

import java.util.OptionalDouble;

/**
 * The readability of one section of a version: its size, its sentence lengths, and its reading
 * ease where the language has a formula and the section is long enough for it to mean something.
 */
public record SectionScore(String section, int words, int sentences, int longestSentence, OptionalDouble readingEase) {

    public double averageSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }
}

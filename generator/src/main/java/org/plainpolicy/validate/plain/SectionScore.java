package org.plainpolicy.validate.plain;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The readability of one section of a version: its size, its sentence lengths, and its reading
 * ease where the language has a formula and the section is long enough for it to mean something.
 *
 * @param section the section's id: one of the page's own ("purposes") or a free section's
 * @param title   a free section's title, as the policy writes it; empty for the page's own sections
 */
public record SectionScore(String section, Optional<String> title, int words, int sentences, int longestSentence,
                           OptionalDouble readingEase) {

    public double averageSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }
}

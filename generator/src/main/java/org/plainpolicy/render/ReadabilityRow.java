package org.plainpolicy.render;

/** A line of the readability report: one section, its figures, and whether they miss the thresholds. */
public record ReadabilityRow(String section, int words, int sentences, String average, int longest,
                             boolean tooLong, String ease, boolean tooHard) {
}

package org.plainpolicy.render;

/**
 * A line of the readability report: one section, its figures as the page's language writes them,
 * and whether they miss the thresholds.
 */
public record ReadabilityRow(String section, String words, String sentences, String average, String longest,
                             boolean tooLong, String ease, boolean tooHard) {
}

package org.plainpolicy.model;

/** Thresholds of the plain-language checks (site.yaml {@code plainLanguage}). */
public record PlainLanguageSettings(int maxSentenceWords, double minReadingEase, JargonLevel jargon) {

    public static final PlainLanguageSettings DEFAULTS = new PlainLanguageSettings(25, 50, JargonLevel.WARNING);
}

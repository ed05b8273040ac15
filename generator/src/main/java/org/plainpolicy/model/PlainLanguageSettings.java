package org.plainpolicy.model;

import java.util.List;
import java.util.Map;

/**
 * Thresholds of the plain-language checks (site.yaml {@code plainLanguage}).
 *
 * @param extraJargon   terms the project adds to the jargon list, each with the plainer words to use
 * @param allowedJargon terms of the shipped list that the project accepts everywhere
 */
public record PlainLanguageSettings(int maxSentenceWords, double minReadingEase, JargonLevel jargon,
                                    Map<String, String> extraJargon, List<String> allowedJargon) {

    public static final PlainLanguageSettings DEFAULTS =
            new PlainLanguageSettings(25, 50, JargonLevel.WARNING, Map.of(), List.of());

    public PlainLanguageSettings {
        extraJargon = Map.copyOf(extraJargon);
        allowedJargon = List.copyOf(allowedJargon);
    }
}

package org.plainpolicy.validate.plain;

import java.util.List;

/** The readability of a version in one language, section by section, against the site's thresholds. */
public record ReadabilityReport(String versionId, String language, String formula, int maxSentenceWords,
                                double minReadingEase, List<SectionScore> sections) {

    public ReadabilityReport {
        sections = List.copyOf(sections);
    }
}

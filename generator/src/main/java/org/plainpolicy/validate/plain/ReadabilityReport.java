package org.plainpolicy.validate.plain;

import java.util.List;
import java.util.Optional;

/**
 * The readability of a version in one language, section by section, against the site's thresholds.
 *
 * @param formula  the published formula of the language; empty where none exists, and then no section has a score
 * @param target   the score a plain section reaches on the formula's own scale
 * @param minWords the fewest words a section needs for a score
 */
public record ReadabilityReport(String versionId, String language, Optional<Formula> formula, int maxSentenceWords,
                                double target, int minWords, List<SectionScore> sections) {

    public ReadabilityReport {
        sections = List.copyOf(sections);
    }

    public boolean tooLong(SectionScore s) {
        return s.longestSentence() > maxSentenceWords;
    }

    public boolean tooHard(SectionScore s) {
        return formula.isPresent() && s.readingEase().isPresent()
                && formula.get().misses(s.readingEase().getAsDouble(), target);
    }

    /** Whether a section has no score only because it is shorter than {@code minWords}. */
    public boolean tooShort(SectionScore s) {
        return formula.isPresent() && s.readingEase().isEmpty();
    }
}

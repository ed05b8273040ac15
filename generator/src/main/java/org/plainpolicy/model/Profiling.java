package org.plainpolicy.model;

import java.util.Optional;

/**
 * Automated processing that analyses or predicts something about people (recommendations, say)
 * without a decision that has legal or similarly significant effects on them: not an Art. 22
 * decision, so it brings no right to a human review, but people are told of it and of what it
 * means for them (GDPR Recital 60, Art. 13(2)(f) by analogy).
 */
public record Profiling(
        String id,
        Optional<String> name,
        Optional<String> logic,
        Optional<String> significance,
        Origin origin) {
}

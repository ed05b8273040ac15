package org.plainpolicy.model;

import java.util.Optional;

/** A decision made about a person by automated means alone (GDPR Art. 22). */
public record AutomatedDecision(
        String id,
        Optional<String> name,
        Optional<String> logic,
        Optional<String> significance,
        Optional<String> contest,
        Origin origin) {
}

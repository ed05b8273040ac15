package org.plainpolicy.model;

import java.util.List;
import java.util.Optional;

/**
 * A decision made about a person by automated means alone (GDPR Art. 22). {@code ground} is why it is
 * allowed (Art. 22(2)), with the {@code law} that authorises it when the ground is law; {@code data}
 * the categories it uses, so that special data in it can be checked against Art. 22(4).
 */
public record AutomatedDecision(
        String id,
        Optional<String> name,
        Optional<String> logic,
        Optional<String> significance,
        Optional<String> contest,
        Optional<DecisionGround> ground,
        Optional<String> law,
        List<Reference> data,
        Origin origin) {

    public AutomatedDecision {
        data = List.copyOf(data);
    }
}

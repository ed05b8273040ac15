package org.plainpolicy.model;

import java.util.Map;
import java.util.Optional;

/** Where people exercise their rights, and the policy's own words for some of them. */
public record Rights(
        Optional<String> contact,
        RetentionPeriod responseTime,
        Map<RightId, String> overrides,
        Origin overridesOrigin,
        Origin origin) {

    /** Art. 12(3): one month unless the policy says otherwise. */
    public static final RetentionPeriod DEFAULT_RESPONSE_TIME = new RetentionPeriod(1, RetentionPeriod.Unit.MONTH);

    public Rights {
        overrides = Map.copyOf(overrides);
    }
}

package org.plainpolicy.model;

import java.util.Optional;

/** How long a category of data is kept: a period (from an event), or the criteria that decide it. */
public record Retention(
        Optional<RetentionPeriod> period,
        Optional<String> after,
        Optional<String> criteria,
        Origin origin) {

    public boolean stated() {
        return period.isPresent() || criteria.isPresent();
    }
}

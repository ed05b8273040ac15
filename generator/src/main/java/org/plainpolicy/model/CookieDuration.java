package org.plainpolicy.model;

import java.util.Optional;

/** How long a cookie stays on a device: a period, or until the browser closes (a session cookie). */
public record CookieDuration(Optional<RetentionPeriod> period) {

    public static final CookieDuration SESSION = new CookieDuration(Optional.empty());

    public static CookieDuration of(RetentionPeriod period) {
        return new CookieDuration(Optional.of(period));
    }

    public boolean session() {
        return period.isEmpty();
    }

    /** As written in a policy file: {@code session} or {@code 13 months}. */
    @Override
    public String toString() {
        return period.map(RetentionPeriod::toString).orElse("session");
    }
}

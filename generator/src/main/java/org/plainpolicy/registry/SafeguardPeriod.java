package org.plainpolicy.registry;

import java.time.LocalDate;
import java.util.Optional;
import org.plainpolicy.model.Safeguard;

/**
 * A safeguard that held only for a time and for one country: the EU-US Privacy Shield, from
 * 2016-08-01 until the Court of Justice declared it invalid on 2020-07-16 (C-311/18).
 */
public record SafeguardPeriod(Safeguard safeguard, String country, LocalDate from, LocalDate until, String decision,
                              String source, Optional<LocalDate> checked) {

    /** Whether a version in effect on {@code day} may rely on it. */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}

package org.plainpolicy.model;

import java.util.Locale;
import java.util.Objects;

/** A length of time such as "3 years": how long data is kept, or how long a request takes. */
public record RetentionPeriod(int amount, Unit unit) {

    public enum Unit { DAY, WEEK, MONTH, YEAR }

    public RetentionPeriod {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }

    /**
     * The period's length in days, as a calendar averages it, so that periods of different units
     * compare: "12 months" and "1 year" are one length, "4 weeks" is shorter than "1 month".
     */
    public double approximateDays() {
        double days = switch (unit) {
            case DAY -> 1;
            case WEEK -> 7;
            case MONTH -> 365.25 / 12;
            case YEAR -> 365.25;
        };
        return amount * days;
    }

    /** As written in a policy file: {@code 1 year}, {@code 3 years}. */
    @Override
    public String toString() {
        String word = unit.name().toLowerCase(Locale.ROOT);
        return amount + " " + (amount == 1 ? word : word + "s");
    }
}

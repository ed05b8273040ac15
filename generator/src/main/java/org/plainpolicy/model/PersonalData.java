package org.plainpolicy.model;

import java.util.Optional;

/** A category of personal data. Text fields are CommonMark. */
public record PersonalData(
        String id,
        Optional<String> name,
        Optional<String> description,
        Optional<DataSource> source,
        Optional<String> sourceDetails,
        boolean special,
        Optional<SpecialCondition> specialCondition,
        Optional<Requirement> required,
        Optional<String> consequences,
        Optional<Retention> retention,
        Origin origin) {
}

package org.plainpolicy.model;

import java.util.List;
import java.util.Optional;

/**
 * A category of personal data. Text fields are CommonMark. {@code toldWhen}: for data not obtained from
 * the person, when they are told of it (Art. 14(3)); without it the page says what the law requires.
 * {@code dataSubjects}: the groups it is held about, empty for every group.
 */
public record PersonalData(
        String id,
        Optional<String> name,
        Optional<String> description,
        Optional<DataSource> source,
        Optional<String> sourceDetails,
        Optional<String> toldWhen,
        boolean special,
        Optional<SpecialCondition> specialCondition,
        Optional<Requirement> required,
        Optional<String> consequences,
        Optional<Retention> retention,
        List<Reference> dataSubjects,
        Concepts concepts,
        Origin origin) {

    public PersonalData {
        dataSubjects = List.copyOf(dataSubjects);
    }
}

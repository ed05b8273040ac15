package org.plainpolicy.model;

import java.util.List;
import java.util.Optional;

/**
 * Why data is used, on which legal basis, and which data and recipients that involves;
 * {@code dataSubjects}: the groups whose data it uses, empty for every group.
 * {@code directMarketing}: the purpose is marketing addressed to the person, to which they may
 * object at any time and without conditions (Art. 21(2), (3)), whatever its legal basis.
 */
public record Purpose(
        String id,
        Optional<String> name,
        Optional<String> description,
        List<Reference> data,
        List<Reference> dataSubjects,
        Optional<LegalBasis> legalBasis,
        Optional<String> legitimateInterests,
        Optional<String> law,
        List<Reference> recipients,
        boolean directMarketing,
        Optional<Retention> retention,
        Concepts concepts,
        Origin origin) {

    public Purpose {
        data = List.copyOf(data);
        dataSubjects = List.copyOf(dataSubjects);
        recipients = List.copyOf(recipients);
    }
}

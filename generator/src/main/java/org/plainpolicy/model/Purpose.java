package org.plainpolicy.model;

import java.util.List;
import java.util.Optional;

/** Why data is used, on which legal basis, and which data and recipients that involves. */
public record Purpose(
        String id,
        Optional<String> name,
        Optional<String> description,
        List<Reference> data,
        Optional<LegalBasis> legalBasis,
        Optional<String> legitimateInterests,
        Optional<String> law,
        List<Reference> recipients,
        Origin origin) {

    public Purpose {
        data = List.copyOf(data);
        recipients = List.copyOf(recipients);
    }
}

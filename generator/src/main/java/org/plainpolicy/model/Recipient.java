package org.plainpolicy.model;

import java.util.List;
import java.util.Optional;

/**
 * Someone who receives personal data (GDPR Art. 13(1)(e)): one company or body, or a
 * {@code category} of recipients ("other users and the public"), which Art. 13(1)(e) allows. A
 * recipient handles the data in one or more {@code countries} (the format's {@code country} or
 * {@code countries}), or is an {@code internationalOrganisation} (Art. 4(26)), named by an id such as
 * {@code european-patent-organisation}; outside the EEA each needs a transfer. A category may give no
 * country when nothing leaves the EEA, and no role. A joint controller states the essence of the
 * {@code arrangement} and a {@code contactPoint} for people (Art. 26).
 */
public record Recipient(
        String id,
        Optional<String> name,
        Optional<RecipientRole> role,
        Optional<String> purpose,
        List<String> countries,
        Optional<String> internationalOrganisation,
        boolean category,
        Optional<String> arrangement,
        Optional<String> contactPoint,
        Origin origin) {

    public Recipient {
        countries = List.copyOf(countries);
    }

    /** Every place the data goes: the countries' codes, or the organisation's id. */
    public List<String> destinations() {
        return internationalOrganisation.isPresent() && countries.isEmpty() ? List.of(internationalOrganisation.get())
                : countries;
    }
}

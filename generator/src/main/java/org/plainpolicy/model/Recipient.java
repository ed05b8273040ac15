package org.plainpolicy.model;

import java.util.Optional;

/**
 * Someone who receives personal data (GDPR Art. 13(1)(e)). A recipient is either in a {@code country}
 * or an {@code internationalOrganisation} (Art. 4(26)), named by an id such as
 * {@code european-patent-organisation}; either way outside the EEA it needs a transfer. A joint
 * controller states the essence of the {@code arrangement} and a {@code contactPoint} for people
 * (Art. 26).
 */
public record Recipient(
        String id,
        Optional<String> name,
        Optional<RecipientRole> role,
        Optional<String> purpose,
        Optional<String> country,
        Optional<String> internationalOrganisation,
        Optional<String> arrangement,
        Optional<String> contactPoint,
        Origin origin) {

    /** Where the data goes: the country's code, or the organisation's id. */
    public Optional<String> destination() {
        return country.isPresent() ? country : internationalOrganisation;
    }
}

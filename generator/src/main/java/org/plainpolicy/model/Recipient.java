package org.plainpolicy.model;

import java.util.Optional;

/** Someone who receives personal data (GDPR Art. 13(1)(e)). */
public record Recipient(
        String id,
        Optional<String> name,
        Optional<RecipientRole> role,
        Optional<String> purpose,
        Optional<String> country,
        Optional<String> arrangement,
        Origin origin) {
}

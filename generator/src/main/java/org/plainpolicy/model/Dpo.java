package org.plainpolicy.model;

import java.util.Optional;

/** The data protection officer (GDPR Art. 37 to 39); {@code appointed} false means there is none. */
public record Dpo(Optional<Boolean> appointed, Contact contact, Origin origin) {

    public boolean isAppointed() {
        return appointed.orElse(false);
    }
}

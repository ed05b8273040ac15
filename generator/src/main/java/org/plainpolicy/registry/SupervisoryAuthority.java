package org.plainpolicy.registry;

import java.util.Optional;

/** A data protection supervisory authority people can complain to (GDPR Art. 77). */
public record SupervisoryAuthority(
        String id,
        String country,
        String name,
        String website,
        String address,
        Optional<String> email,
        Optional<String> region,
        String source) {
}

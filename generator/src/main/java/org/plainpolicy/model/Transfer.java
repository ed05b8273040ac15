package org.plainpolicy.model;

import java.util.Optional;

/**
 * Data sent to a recipient outside the EEA, and the safeguard that allows it (GDPR Art. 13(1)(f)).
 * {@code listing}: where a recipient under the Data Privacy Framework appears on its list, so that
 * people can check it is certified.
 */
public record Transfer(
        Optional<Reference> recipient,
        Optional<String> country,
        Optional<Safeguard> safeguard,
        Optional<String> details,
        Optional<String> copy,
        Optional<String> listing,
        Origin origin) {
}

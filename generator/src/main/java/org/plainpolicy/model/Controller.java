package org.plainpolicy.model;

import java.util.Optional;

/**
 * An organisation responsible for the data (GDPR Art. 4(7), 13(1)(a)). A policy may name several,
 * each for a group of people ({@code forWhom}: a US parent for some, its EU subsidiary for others).
 * {@code establishment} is the country of its establishment in the EEA, which places it under the
 * GDPR by Art. 3(1), so that it needs no representative under Art. 27.
 */
public record Controller(Contact contact, Optional<String> forWhom, Optional<String> establishment) {

    public Origin origin() {
        return contact.origin();
    }
}

package org.plainpolicy.model;

import java.util.Optional;

/** A party the policy names with its contact details: the controller, its representative, the DPO. */
public record Contact(
        Optional<String> name,
        Optional<String> address,
        Optional<String> country,
        Optional<String> email,
        Optional<String> phone,
        Optional<String> website,
        Origin origin) {

    /** Whether a person can reach this party in writing, by e-mail or by post. */
    public boolean reachable() {
        return email.isPresent() || address.isPresent();
    }
}

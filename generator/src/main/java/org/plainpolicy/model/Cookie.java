package org.plainpolicy.model;

import java.util.Optional;

/**
 * A cookie or similar tracker (a pixel, local storage) that the service stores on or reads from
 * people's devices. ePrivacy Art. 5(3) asks for consent unless it is strictly necessary for the
 * service people asked for; the GDPR asks who receives the data it yields.
 *
 * @param provider who sets it: a controller (first party) or a third party, by name or recipient id
 * @param country  where a third party that is not among the recipients is
 * @param consent  false only when it is strictly necessary; true when {@code consent:} is not written
 */
public record Cookie(
        Optional<String> name,
        Optional<String> provider,
        Optional<String> country,
        Optional<String> purpose,
        Optional<CookieDuration> duration,
        boolean consent,
        Origin origin) {

    /** The name, as the key a cookie is known by from one version to the next. */
    public String key() {
        return name.orElse("");
    }
}

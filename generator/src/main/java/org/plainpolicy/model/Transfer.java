package org.plainpolicy.model;

import java.util.Optional;

/**
 * Data sent to a recipient outside the EEA, and the safeguard that allows it (GDPR Art. 13(1)(f)).
 * {@code country} is absent for a recipient that is an international organisation: the transfer goes
 * to the organisation, wherever its offices are. {@code listing}: where a recipient under the Data
 * Privacy Framework appears on its list, so that people can check it is certified. Under a
 * {@link Safeguard#DEROGATION}, {@code derogation} names the point of Art. 49(1), with what that
 * point asks: {@code risks} (explicit consent), {@code law} (a public interest), {@code interests} and
 * {@code authorityInformed} (compelling legitimate interests).
 */
public record Transfer(
        Optional<Reference> recipient,
        Optional<String> country,
        Optional<Safeguard> safeguard,
        Optional<String> details,
        Optional<String> copy,
        Optional<String> listing,
        Optional<Derogation> derogation,
        Optional<String> risks,
        Optional<String> law,
        Optional<String> interests,
        boolean authorityInformed,
        Origin origin) {
}

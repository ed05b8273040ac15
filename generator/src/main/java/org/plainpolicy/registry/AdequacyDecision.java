package org.plainpolicy.registry;

import java.time.LocalDate;
import java.util.Optional;
import org.plainpolicy.model.Safeguard;

/**
 * An EU decision that a country outside the EEA protects personal data adequately (GDPR Art. 45).
 * {@code safeguard} is the word a transfer to that country uses: {@code data-privacy-framework}
 * for the United States, whose decision covers only certified organisations. The country's name comes
 * from {@link CountryNames}, in the reader's language. {@code privateSectorOnly}: the decision covers
 * businesses only (Canada, Japan), so a public authority there is outside its scope. {@code expires}:
 * the last day of a decision with a sunset clause (the United Kingdom's, until 2031-12-27).
 */
public record AdequacyDecision(
        String country,
        LocalDate decided,
        Optional<LocalDate> expires,
        String decision,
        Optional<String> scope,
        boolean privateSectorOnly,
        Safeguard safeguard,
        String source) {
}

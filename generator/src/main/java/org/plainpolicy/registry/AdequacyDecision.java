package org.plainpolicy.registry;

import java.time.LocalDate;
import java.util.Optional;
import org.plainpolicy.model.Safeguard;

/**
 * An EU decision that a country outside the EEA, or an international organisation, protects personal
 * data adequately (GDPR Art. 45). {@code covers} is the country's ISO code or, when {@code organisation},
 * the organisation's id ({@code european-patent-organisation}). {@code safeguard} is the word a transfer
 * there uses: {@code data-privacy-framework} for the United States, whose decision covers only certified
 * organisations. A country's name comes from {@link CountryNames}, in the reader's language.
 * {@code privateSectorOnly}: the decision covers businesses only (Canada, Japan), so a public authority
 * there is outside its scope. {@code expires}: the last day of a decision with a sunset clause (the
 * United Kingdom's, until 2031-12-27). {@code checked}: the day the entry was compared with
 * {@code source}, if it has been.
 */
public record AdequacyDecision(
        String covers,
        boolean organisation,
        LocalDate decided,
        Optional<LocalDate> expires,
        String decision,
        Optional<String> scope,
        boolean privateSectorOnly,
        Safeguard safeguard,
        String source,
        Optional<LocalDate> checked) {
}

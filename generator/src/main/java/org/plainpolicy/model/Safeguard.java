package org.plainpolicy.model;

/** The ground on which data may leave the EEA (GDPR Art. 45 to 49). */
public enum Safeguard implements Word {
    ADEQUACY_DECISION("adequacy-decision"),
    DATA_PRIVACY_FRAMEWORK("data-privacy-framework"),
    /** The EU-US Privacy Shield: only for versions in effect from 2016-08-01 to 2020-07-16. */
    PRIVACY_SHIELD("privacy-shield"),
    STANDARD_CONTRACTUAL_CLAUSES("standard-contractual-clauses"),
    BINDING_CORPORATE_RULES("binding-corporate-rules"),
    CODE_OF_CONDUCT("code-of-conduct"),
    CERTIFICATION("certification"),
    /** Art. 46(2)(a): a legally binding and enforceable instrument between public authorities or bodies. */
    PUBLIC_AUTHORITY_INSTRUMENT("public-authority-instrument"),
    /** Art. 46(3)(a): contractual clauses the competent supervisory authority has authorised. */
    AUTHORISED_CONTRACTUAL_CLAUSES("authorised-contractual-clauses"),
    /** Art. 46(3)(b): an administrative arrangement between public authorities or bodies, authorised likewise. */
    ADMINISTRATIVE_ARRANGEMENT("administrative-arrangement"),
    /** Art. 49(1): no safeguard, an exception for a specific situation; {@link Derogation} says which. */
    DEROGATION("derogation");

    private final String word;

    Safeguard(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}

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

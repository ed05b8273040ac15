package org.plainpolicy.model;

/** The lawful basis of a purpose (GDPR Art. 6(1)). */
public enum LegalBasis implements Word {
    CONSENT("consent"),
    CONTRACT("contract"),
    LEGAL_OBLIGATION("legal-obligation"),
    VITAL_INTERESTS("vital-interests"),
    PUBLIC_TASK("public-task"),
    LEGITIMATE_INTERESTS("legitimate-interests");

    private final String word;

    LegalBasis(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    /**
     * Whether a law must lay the basis down (Art. 6(3)): a legal obligation and a public task, for
     * which the policy names that law and whose data that law may keep from erasure (Art. 17(3)(b)).
     */
    public boolean laidDownByLaw() {
        return this == LEGAL_OBLIGATION || this == PUBLIC_TASK;
    }
}

package org.plainpolicy.model;

/**
 * Why a decision by automated means alone is allowed at all (GDPR Art. 22(2)): it is needed for a
 * contract with the person, a law authorises it, or the person explicitly consented.
 */
public enum DecisionGround implements Word {
    CONTRACT("contract"),
    LAW("law"),
    EXPLICIT_CONSENT("explicit-consent");

    private final String word;

    DecisionGround(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}

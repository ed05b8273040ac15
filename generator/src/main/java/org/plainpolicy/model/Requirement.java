package org.plainpolicy.model;

/** Whether providing a category of data is required, and by what (GDPR Art. 13(2)(e)). */
public enum Requirement implements Word {
    LAW("law"),
    CONTRACT("contract"),
    CONTRACT_PREREQUISITE("contract-prerequisite"),
    OPTIONAL("optional");

    private final String word;

    Requirement(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}

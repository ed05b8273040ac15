package org.plainpolicy.model;

/** What a recipient is to the data it receives. */
public enum RecipientRole implements Word {
    PROCESSOR("processor"),
    CONTROLLER("controller"),
    JOINT_CONTROLLER("joint-controller"),
    PUBLIC_AUTHORITY("public-authority");

    private final String word;

    RecipientRole(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}

package org.plainpolicy.model;

/** The rights of the person whose data it is; which apply is derived from the legal bases. */
public enum RightId implements Word {
    ACCESS("access"),
    RECTIFICATION("rectification"),
    ERASURE("erasure"),
    RESTRICTION("restriction"),
    PORTABILITY("portability"),
    OBJECT("object"),
    OBJECT_DIRECT_MARKETING("object-direct-marketing"),
    WITHDRAW_CONSENT("withdraw-consent"),
    HUMAN_REVIEW("human-review"),
    COMPLAINT("complaint");

    private final String word;

    RightId(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}

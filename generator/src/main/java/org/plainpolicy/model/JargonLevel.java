package org.plainpolicy.model;

/** How the plain-language check reports legal jargon. */
public enum JargonLevel implements Word {
    WARNING("warning"),
    ERROR("error");

    private final String word;

    JargonLevel(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}

package org.plainpolicy.model;

/** Where a category of personal data comes from (GDPR Art. 14(2)(f)). */
public enum DataSource implements Word {
    YOU("you"),
    THIRD_PARTY("third-party"),
    PUBLIC("public");

    private final String word;

    DataSource(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}

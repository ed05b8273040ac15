package org.plainpolicy.model;

/** The paper the PDF of each version is laid out for: A4 in most of the world, Letter in North America. */
public enum Paper implements Word {
    A4("a4", "A4"),
    LETTER("letter", "letter");

    private final String word;
    private final String cssSize;

    Paper(String word, String cssSize) {
        this.word = word;
        this.cssSize = cssSize;
    }

    @Override
    public String word() {
        return word;
    }

    /** The size as CSS's {@code @page { size }} names it. */
    public String cssSize() {
        return cssSize;
    }
}

package org.plainpolicy.diff;

/** The words of one section of a version page, as plain text with a blank line between paragraphs. */
public record SectionText(String id, String title, String text) {
}

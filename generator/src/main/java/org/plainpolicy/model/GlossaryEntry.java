package org.plainpolicy.model;

public record GlossaryEntry(String term, String definition, Origin origin) {
}

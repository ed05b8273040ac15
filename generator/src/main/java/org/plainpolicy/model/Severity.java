package org.plainpolicy.model;

import java.util.Locale;

public enum Severity {
    ERROR, WARNING;

    /** The word used in error lines: {@code error} or {@code warning}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}

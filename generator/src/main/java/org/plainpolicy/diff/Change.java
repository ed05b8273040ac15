package org.plainpolicy.diff;

import java.util.List;
import java.util.Objects;

/**
 * One change between two versions, before it is put into words: the message that says it, its
 * arguments, and the anchor of the part of the new page it concerns. Arguments are the policy's
 * own text (names, periods) or {@link Term}s, words of the theme that each language says its way.
 */
public record Change(String message, List<Object> arguments, String anchor) {

    public Change {
        Objects.requireNonNull(message, "message");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(anchor, "anchor");
    }

    static Change of(String message, String anchor, Object... arguments) {
        return new Change(message, List.of(arguments), anchor);
    }

    /** A word of the theme, by its message key, such as {@code basis.short.consent}. */
    public record Term(String key) {
    }
}

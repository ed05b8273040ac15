package org.plainpolicy.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in a policy project, as a value.
 *
 * @param reference what to look up, without brackets: {@code GDPR Art. 13(1)(d)}, {@code notice period}
 */
public record Finding(Severity severity, Position position, String message, String reference)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::position)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(reference, "reference");
        message = visible(message);
    }

    /**
     * The message with every control character written as its code: a message may quote what the
     * editor wrote, and a log must never pass on a character that drives the terminal showing it.
     */
    private static String visible(String message) {
        StringBuilder shown = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            // Tabs and line breaks too: a finding is one line.
            boolean control = c < ' ' || ControlCharacters.isControl(c);
            if (control && shown == null) {
                shown = new StringBuilder(message.substring(0, i));
            }
            if (shown != null) {
                shown.append(control ? String.format("\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return shown == null ? message : shown.toString();
    }

    public static Finding error(Position at, String message, String reference) {
        return new Finding(Severity.ERROR, at, message, reference);
    }

    public static Finding warning(Position at, String message, String reference) {
        return new Finding(Severity.WARNING, at, message, reference);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The error line of spec section 4: {@code path:line:col: error: message [reference]}, with the
     * path relative to {@code workingDirectory} so that IDEs and terminals can link it.
     */
    public String toLine(Path workingDirectory) {
        Path base = workingDirectory.toAbsolutePath().normalize();
        Path file = position.file().toAbsolutePath().normalize();
        Path shown = file.startsWith(base) ? base.relativize(file) : file;
        return shown + ":" + position.line() + ":" + position.column() + ": " + severity.word() + ": " + message
                + " [" + reference + "]";
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}

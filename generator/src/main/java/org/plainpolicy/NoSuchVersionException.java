package org.plainpolicy;

/** A version asked for by id that the project does not have in the language asked; the message names those it has. */
public final class NoSuchVersionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    NoSuchVersionException(String message) {
        super(message);
    }
}

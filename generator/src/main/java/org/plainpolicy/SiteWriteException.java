package org.plainpolicy;

/** The site could not be written where asked; the message says why and what to do. */
public final class SiteWriteException extends Exception {

    private static final long serialVersionUID = 1L;

    public SiteWriteException(String message) {
        super(message);
    }

    public SiteWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}

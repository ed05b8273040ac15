package org.plainpolicy.model;

/**
 * The characters no text of a policy may hold and no output may carry: C0 controls other than
 * tab, line feed and carriage return, DEL, and the C1 controls. They break XML (the feed) and can
 * drive the terminal that shows a log. The loader refuses them; the escaper drops them all the same.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean isControl(char c) {
        return c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }
}

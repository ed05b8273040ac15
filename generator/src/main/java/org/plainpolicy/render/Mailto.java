package org.plainpolicy.render;

import java.nio.charset.StandardCharsets;

/**
 * The target of a {@code mailto:} link to one e-mail address (RFC 6068). Every character that may
 * not stand as it is in the address part is percent-encoded, so that an address can never add a
 * header ({@code ?bcc=}), a second address ({@code ,}) or a fragment ({@code #}) to the link.
 * Every {@code mailto:} link of the site is made here.
 */
public final class Mailto {

    /** RFC 3986's unreserved characters, and those of RFC 6068's some-delims that cannot end or add an address. */
    private static final String AS_IS = "-._~!$'()*+:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Mailto() {
    }

    /** {@code mailto:} and the address, percent-encoded where RFC 6068 asks it. */
    public static String href(String address) {
        StringBuilder href = new StringBuilder("mailto:");
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAsciiLetterOrDigit(c) || AS_IS.indexOf(c) >= 0) {
                href.append((char) c);
            } else {
                href.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return href.toString();
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}

package org.plainpolicy.render;

import org.plainpolicy.model.ControlCharacters;

/**
 * Escapes text for HTML element content and quoted attribute values, and for the XML of the feed.
 * Characters that XML 1.0 forbids (the C0 controls but tab, line feed and carriage return, a
 * surrogate without its pair, U+FFFE and U+FFFF), and those HTML counts as control characters
 * (DEL and the C1 controls), are left out: one of them makes a feed that no reader opens.
 */
public final class HtmlEscaper {

    private HtmlEscaper() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowed(text, i)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** {@code text} without the characters that may not be in a page or a feed; markup stays as it is. */
    public static String withoutForbiddenCharacters(String text) {
        int first = 0;
        while (first < text.length() && allowed(text, first)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            if (allowed(text, i)) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (ControlCharacters.isControl(c)) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != '\uFFFE' && c != '\uFFFF';
    }
}

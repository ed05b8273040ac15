package org.plainpolicy.preview;

import java.util.Locale;
import java.util.Optional;

/**
 * The file of the site a request asks for, from the raw path of its URI: a directory means its
 * {@code index.html}. Anything that could name a place outside the site is refused: a ".." or "."
 * segment, written plainly or percent-encoded; an encoded slash or backslash; a backslash, a NUL
 * or a colon; a malformed escape. The preview serves from memory, so a refused path could reach
 * nothing anyway; the rule makes that plain at the door.
 */
final class SitePath {

    private SitePath() {
    }

    static Optional<String> of(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.length() > 2048) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get().substring(1);
        StringBuilder file = new StringBuilder();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals("..") || segment.equals(".") || segment.contains("\\") || segment.contains(":")
                    || segment.chars().anyMatch(c -> c < 0x20) || segment.isEmpty() && !last) {
                return Optional.empty();
            }
            if (!segment.isEmpty()) {
                file.append(file.length() == 0 ? "" : "/").append(segment);
            }
        }
        boolean directory = path.isEmpty() || path.endsWith("/");
        return Optional.of(directory ? (file.length() == 0 ? "index.html" : file + "/index.html") : file.toString());
    }

    /** Percent-decoding as UTF-8; '+' stays '+', as in a path. */
    private static Optional<String> decode(String raw) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        return Optional.of(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}

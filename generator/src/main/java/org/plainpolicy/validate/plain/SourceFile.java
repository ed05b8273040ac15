package org.plainpolicy.validate.plain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plainpolicy.model.Position;

/**
 * A policy file's text, to find where inside a YAML value a sentence starts, and to read the
 * comments that silence a check on purpose: {@code # plain: allow jargon "pursuant to"}.
 */
final class SourceFile {

    private static final Pattern ALLOW = Pattern.compile("#\\s*plain:\\s*allow\\s+([a-z-]+)(?:\\s+\"([^\"]+)\")?");

    private final Path file;
    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    private SourceFile(Path file, String text) {
        this.file = file;
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    static SourceFile read(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return new SourceFile(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            return new SourceFile(file, "");
        }
    }

    /** Where the words start, searching from {@code from}: their letters in order, whatever lies between. */
    Optional<Position> find(List<String> words, Position from, int[] cursor) {
        // A few words, and only the start of a very long one, are enough to find a sentence.
        List<String> cores = words.stream().limit(8).map(w -> w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                .filter(w -> !w.isEmpty()).limit(4).map(w -> w.length() > 64 ? w.substring(0, 64) : w).toList();
        if (cores.isEmpty()) {
            return Optional.empty();
        }
        String regex = String.join("[^\\p{L}\\p{N}]+", cores.stream().map(c -> Pattern.quote(c) + "[\\p{L}\\p{N}]*")
                .toList());
        Matcher m = Pattern.compile(regex).matcher(text);
        int start = Math.max(index(from), cursor[0]);
        if (start <= text.length() && m.find(start)) {
            cursor[0] = m.end();
            return Optional.of(position(m.start()));
        }
        return Optional.empty();
    }

    /** Whether a comment on {@code line} or the line above allows {@code check} (for {@code term}, if it names one). */
    boolean allows(int line, String check, String term) {
        for (int l = Math.max(1, line - 1); l <= line; l++) {
            Matcher m = ALLOW.matcher(line(l));
            while (m.find()) {
                if (m.group(1).equals(check) && (m.group(2) == null || m.group(2).equalsIgnoreCase(term))) {
                    return true;
                }
            }
        }
        return false;
    }

    private String line(int line) {
        if (line < 1 || line > lineStarts.size()) {
            return "";
        }
        int start = lineStarts.get(line - 1);
        int end = line < lineStarts.size() ? lineStarts.get(line) : text.length();
        return text.substring(start, end);
    }

    private int index(Position p) {
        return p.line() <= lineStarts.size() ? lineStarts.get(p.line() - 1) + p.column() - 1 : text.length();
    }

    private Position position(int index) {
        int line = 0;
        while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= index) {
            line++;
        }
        return new Position(file, line + 1, index - lineStarts.get(line) + 1);
    }
}

package org.plainpolicy.validate.plain;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plainpolicy.load.ProjectFiles;
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

    /**
     * The text of {@code file} under the rule of {@link ProjectFiles}, or none (the sentences are
     * then placed at their values) when the rule refuses it: the loader has reported why.
     */
    static SourceFile read(ProjectFiles files, Path file) {
        String text = files.read(file, ProjectFiles.MAX_POLICY_BYTES, new ArrayList<>())
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse("");
        return new SourceFile(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Where the words start, searching from {@code from}: their letters in order, whatever lies
     * between. Matched by hand, not by a regular expression, as it runs for every sentence of
     * every version: the first word is found with {@link String#indexOf}, then the others follow.
     */
    Optional<Position> find(List<String> words, Position from, int[] cursor) {
        // A few words, and only the start of a very long one, are enough to find a sentence.
        List<String> cores = new ArrayList<>(4);
        for (int i = 0; i < words.size() && i < 8 && cores.size() < 4; i++) {
            String core = core(words.get(i));
            if (!core.isEmpty()) {
                cores.add(core.length() > 64 ? core.substring(0, 64) : core);
            }
        }
        int start = Math.max(index(from), cursor[0]);
        if (cores.isEmpty() || start > text.length()) {
            return Optional.empty();
        }
        String first = cores.get(0);
        for (int at = text.indexOf(first, start); at >= 0; at = text.indexOf(first, at + 1)) {
            int end = matchFrom(cores, at);
            if (end >= 0) {
                cursor[0] = end;
                return Optional.of(position(at));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the words end when they start at {@code at}, each followed by the rest of its word and
     * separated from the next by at least one character that is neither a letter nor a digit; -1
     * when they are not there.
     */
    private int matchFrom(List<String> cores, int at) {
        int i = at;
        for (int c = 0; c < cores.size(); c++) {
            String core = cores.get(c);
            if (!text.startsWith(core, i)) {
                return -1;
            }
            i = skip(i + core.length(), true);
            if (c < cores.size() - 1) {
                int next = skip(i, false);
                if (next == i) {
                    return -1;
                }
                i = next;
            }
        }
        return i;
    }

    /** The index after the run of letters and digits (or of other characters) that starts at {@code i}. */
    private int skip(int i, boolean letterOrDigit) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isLetterOrNumber(cp) != letterOrDigit) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** A word without what is not a letter or a digit at either end: its quotes, brackets and punctuation. */
    static String core(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !isLetterOrNumber(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        while (end > start && !isLetterOrNumber(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return word.substring(start, end);
    }

    /** Unicode's letters and numbers: the classes {@code \p{L}} and {@code \p{N}}. */
    static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
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
        int found = Collections.binarySearch(lineStarts, index);
        int line = found >= 0 ? found : -found - 2;
        return new Position(file, line + 1, index - lineStarts.get(line) + 1);
    }
}

package org.plainpolicy.validate.plain;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /*
     * How far a search for a sentence may look for its start from where the last one ended: four
     * characters of source for each character of text (Markdown, YAML escapes and indentation take
     * room), counting the sentence and at most MAX_UNPLACED characters of text before it that were
     * not placed, and a few lines more. The words found may run on as far again.
     */
    private static final int WINDOW_PER_CHARACTER = 4;
    private static final int WINDOW_SLACK = 256;
    private static final int MAX_UNPLACED = 1024;

    private static final Pattern ALLOW = Pattern.compile("#\\s*plain:\\s*allow\\s+([a-z-]+)(?:\\s+\"([^\"]+)\")?");

    private final Path file;
    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();
    private final Map<Integer, List<Allowance>> allowancesByLine = new HashMap<>();

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
     * Where the words start, searching from {@code from} and from {@code cursor[0]}: their letters
     * in order, whatever lies between. Matched by hand, not by a regular expression, as it runs for
     * every sentence of every version.
     *
     * <p>The search is one forward pass over a field: {@code cursor[0]} only moves forward, to where
     * the found words end. A sentence may not be there verbatim (written with entities or escapes),
     * so a search looks no further than a window proportional to the sentence's length; the whole
     * rest of the file, sentence after sentence, would make the check quadratic. The optional
     * {@code cursor[1]} holds how much text of the field lies after {@code cursor[0]} without being
     * placed (the rest of the last sentence found, and the sentences not found since), which widens
     * the window, up to a limit, so that the next sentences are still found.
     */
    Optional<Position> find(List<String> words, Position from, int[] cursor) {
        // A few words, and only the start of a very long one, are enough to find a sentence.
        List<String> cores = new ArrayList<>(4);
        int lastCore = -1;
        for (int i = 0; i < words.size() && i < 8 && cores.size() < 4; i++) {
            String core = core(words.get(i));
            if (!core.isEmpty()) {
                cores.add(core.length() > 64 ? core.substring(0, 64) : core);
                lastCore = i;
            }
        }
        int start = Math.max(index(from), cursor[0]);
        int unplaced = cursor.length > 1 ? cursor[1] : 0;
        if (!cores.isEmpty() && start <= text.length()) {
            long window = WINDOW_PER_CHARACTER * (unplaced + length(words, 0)) + WINDOW_SLACK;
            int limit = (int) Math.min(text.length(), start + 2 * window);
            String first = cores.get(0);
            int lastStart = (int) Math.min(limit - first.length(), start + window);
            // String.indexOf cannot be told where to stop: it searches a copy of the window instead.
            String region = text.substring(start, limit);
            for (int r = region.indexOf(first); r >= 0 && start + r <= lastStart; r = region.indexOf(first, r + 1)) {
                int at = start + r;
                int afterFirst = skip(at + first.length(), true, limit);
                int end = matchRest(cores, afterFirst, limit);
                if (end >= 0) {
                    cursor[0] = end;
                    setUnplaced(cursor, length(words, lastCore + 1));
                    return Optional.of(position(at));
                }
                // A later start inside the same word ends that word where this one did, and fails alike.
                r = Math.max(r, afterFirst - first.length() - start);
            }
        }
        setUnplaced(cursor, unplaced + length(words, 0) + 1);
        return Optional.empty();
    }

    private static void setUnplaced(int[] cursor, long unplaced) {
        if (cursor.length > 1) {
            cursor[1] = (int) Math.min(unplaced, MAX_UNPLACED);
        }
    }

    /** The length of the words from {@code from} on, one space between each. */
    private static long length(List<String> words, int from) {
        long length = 0;
        for (int i = from; i < words.size(); i++) {
            length += words.get(i).length() + (i > from ? 1 : 0);
        }
        return length;
    }

    /**
     * Where the words after the first end, when the first ends at {@code i}: each separated from
     * the one before by at least one character that is neither a letter nor a digit, and followed
     * by the rest of its word; -1 when they are not there before {@code limit}.
     */
    private int matchRest(List<String> cores, int i, int limit) {
        for (int c = 1; c < cores.size(); c++) {
            int next = skip(i, false, limit);
            String core = cores.get(c);
            if (next == i || next + core.length() > limit || !text.startsWith(core, next)) {
                return -1;
            }
            i = skip(next + core.length(), true, limit);
        }
        return i;
    }

    /** The index after the run of letters and digits (or of others) that starts at {@code i}, at most {@code limit}. */
    private int skip(int i, boolean letterOrDigit, int limit) {
        while (i < limit) {
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
            for (Allowance allowance : allowances(l)) {
                if (allowance.check().equals(check)
                        && allowance.term().map(t -> t.equalsIgnoreCase(term)).orElse(true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a comment on a check silences: a check, and the one term it names, if it names one. */
    private record Allowance(String check, Optional<String> term) {
    }

    /**
     * The comments of {@code line} that silence a check, read once: a field written on one long
     * line is asked about for each of its sentences.
     */
    private List<Allowance> allowances(int line) {
        return allowancesByLine.computeIfAbsent(line, l -> {
            List<Allowance> found = new ArrayList<>();
            Matcher m = ALLOW.matcher(line(l));
            while (m.find()) {
                found.add(new Allowance(m.group(1), Optional.ofNullable(m.group(2))));
            }
            return List.copyOf(found);
        });
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

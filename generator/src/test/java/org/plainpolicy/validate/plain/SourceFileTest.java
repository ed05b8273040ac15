package org.plainpolicy.validate.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plainpolicy.load.ProjectFiles;
import org.plainpolicy.model.Position;

/**
 * Finding a sentence in its file by hand gives what the regular expression it replaced gave:
 * its words' letters in order, whatever lies between, the leftmost match from where the search starts.
 */
class SourceFileTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "intro: |\\n  We keep your data.\\n  We share it.|We share it.",
        "intro: |\\n  \"We\" keep your data (for now).|\"We\" keep your",
        "a: We keep\\nb: We keeper keep your data|We keep your data",
        "a: l'art. 6 du RGPD s'applique|l'art. 6 du",
        "a: café, crème; brûlée — déjà|café crème brûlée déjà",
        "a: 2 ½ years, ² squared|2 ½ years",
        "a: 𝐀𝐁 words with 𝐂 letters|𝐀𝐁 words",
        "a: no match here|something else",
        "a: mail@example.com or write|mail@example.com or",
        "a: sharewe share-it share it|share it",
    })
    void findsWhatTheRegularExpressionFound(String source, String sentence) throws IOException {
        String text = source.replace("\\n", "\n");
        Path file = directory.resolve("v.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<String> words = Arrays.asList(sentence.split(" "));
        for (int from = 0; from <= text.length(); from += Math.max(1, text.length() / 7)) {
            int[] cursor = {from};
            int[] expectedCursor = {from};
            Optional<Position> found = SourceFile.read(ProjectFiles.in(directory), file).find(words, new Position(file, 1, 1), cursor);
            Optional<Integer> expected = byRegex(text, words, expectedCursor);
            assertEquals(expected.map(i -> position(file, text, i)), found, "from " + from);
            assertEquals(expectedCursor[0], cursor[0], "where the next search starts, from " + from);
        }
    }

    /** The implementation this replaced, kept as the reference. */
    private static Optional<Integer> byRegex(String text, List<String> words, int[] cursor) {
        List<String> cores = words.stream().limit(8).map(w -> w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                .filter(w -> !w.isEmpty()).limit(4).map(w -> w.length() > 64 ? w.substring(0, 64) : w).toList();
        if (cores.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile(String.join("[^\\p{L}\\p{N}]+", cores.stream()
                .map(c -> Pattern.quote(c) + "[\\p{L}\\p{N}]*").toList())).matcher(text);
        if (cursor[0] <= text.length() && m.find(cursor[0])) {
            cursor[0] = m.end();
            return Optional.of(m.start());
        }
        return Optional.empty();
    }

    private static Position position(Path file, String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file, line, index - lineStart + 1);
    }
}

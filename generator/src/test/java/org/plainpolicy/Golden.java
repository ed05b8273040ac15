package org.plainpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files: what a test expects, kept as a file beside its input case. Run the tests with
 * {@code -Dplainpolicy.refresh=true} to rewrite every golden file from what the code produces now,
 * then read the diff before committing it.
 */
public final class Golden {

    public static final boolean REFRESH = Boolean.getBoolean("plainpolicy.refresh");

    private Golden() {
    }

    /** The case directories under {@code src/test/resources/<group>}, by name. */
    public static List<Path> cases(String group) {
        Path root = Path.of("src/test/resources", group);
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares {@code actual} with the golden file, or rewrites it when refreshing. */
    public static void assertMatches(Path golden, String actual) {
        try {
            if (REFRESH) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
            assertEquals(expected, actual, () -> "output differs from " + golden
                    + " (refresh with -Dplainpolicy.refresh=true and review the diff)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

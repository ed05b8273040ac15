package org.plainpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

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

    /** Compares {@code actual} with the golden file beside its input case, or rewrites it when refreshing. */
    public static void assertMatches(Path golden, String actual) {
        assertMatches(golden, actual, golden.getParent());
    }

    /**
     * Compares {@code actual}, made from {@code input}, with the golden file, or rewrites it when
     * refreshing. A golden file that does not exist fails: an empty output must be written down too.
     */
    public static void assertMatches(Path golden, String actual, Path input) {
        try {
            if (REFRESH) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                fail("there is no golden file " + golden + " for the input " + input + "; create it with "
                        + "-Dplainpolicy.refresh=true and review it");
            }
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            assertEquals(expected, actual, () -> "the output of " + input + " differs from " + golden
                    + " (refresh with -Dplainpolicy.refresh=true and review the diff)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

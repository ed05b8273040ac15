package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.plainpolicy.Golden;
import org.plainpolicy.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.SiteWriteException;

/** A site built by the whole pipeline into a directory, as a user's build would. */
record BuiltSite(Path root, PlainPolicy.BuildResult result) {

    /**
     * Builds a copy of {@code policy} (a build records published versions in the policy directory,
     * and test fixtures stay as they are) into {@code output}, then checks that every page is safe.
     */
    static BuiltSite build(Path policy, Path output, LocalDate today) {
        try {
            Path copy = TestFiles.copy(policy, output.resolveSibling(output.getFileName() + "-policy"));
            BuiltSite site = new BuiltSite(output, PlainPolicy.standard().build(copy, output, today));
            if (site.result().filesWritten() > 0) {
                SafeOutput.assertSafe(output);
            }
            return site;
        } catch (SiteWriteException | IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Builds the second version of a diff case ({@code src/test/resources/diff/<name>}, its versions
     * dated 2023-09-01 and 2024-03-01) as of the day after it took effect.
     */
    static BuiltSite ofDiffCase(String name, Path output) {
        return build(Path.of("src/test/resources/diff", name, "policy"), output, LocalDate.of(2024, 3, 2));
    }

    /** Every file of the site, as paths relative to its root with '/' separators, sorted. */
    List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> pages() {
        return files().stream().filter(f -> f.endsWith(".html")).toList();
    }

    /**
     * Compares each page, notice, feed and machine-readable file (versions.json, the JSON-LD, fides.yaml)
     * with its golden file under {@code golden}, made from {@code input}.
     */
    void assertMatchesGolden(Path golden, Path input) throws IOException {
        for (String page : files().stream().filter(f -> f.matches(".*\\.(html|txt|xml|json|jsonld|yaml)")).toList()) {
            Path file = golden.resolve(page);
            Files.createDirectories(file.getParent());
            Golden.assertMatches(file, read(page), input);
        }
    }

    /** Asserts that {@code other}, built from the same input, has the same files with the same bytes. */
    void assertSameBytesAs(BuiltSite other) throws IOException {
        assertEquals(files(), other.files());
        for (String file : files()) {
            assertArrayEquals(Files.readAllBytes(root.resolve(file)), Files.readAllBytes(other.root().resolve(file)),
                    file);
        }
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

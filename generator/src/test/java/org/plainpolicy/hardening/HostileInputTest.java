package org.plainpolicy.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.model.Finding;
import org.plainpolicy.render.SafeOutput;

/**
 * Input nobody should write, and some people will: each gives a clear finding or a safe site,
 * never a stack trace, never a write outside the output, within a small heap.
 */
class HostileInputTest {

    private static final Path VALID = Path.of("src/test/resources/cases/valid/policy");

    @Test
    void aSymbolicLinkToAFileOutsideTheProjectIsRefusedAndNotRead(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(VALID, dir.resolve("policy"));
        Path secret = Files.writeString(dir.resolve("secret.yaml"), "announced: 2019-01-01\nintro: secret words\n");
        Files.createSymbolicLink(policy.resolve("versions/2019-06-01.en.yaml"), secret);
        List<Finding> findings = PlainPolicy.standard().check(policy).findings();
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).message().contains("symbolic link to a file outside the policy directory"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void veryLongWordsAndLinesAreCheckedAndShownSafely(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(VALID, dir.resolve("policy"));
        Path file = policy.resolve("versions/2019-03-01.en.yaml");
        String word = "x".repeat(200_000);
        String line = "We keep it. ".repeat(50_000);
        Files.writeString(file, Files.readString(file).replace("    name: Run your account\n",
                "    name: Run your account\n    description: \"" + word + " and " + line + "\"\n"));
        PlainPolicy.BuildResult result = PlainPolicy.standard().build(policy, dir.resolve("site"), LocalDate.of(2019, 6, 1));
        assertEquals(0, result.check().errors(), result.check().findings()::toString);
        assertTrue(result.filesWritten() > 0);
        SafeOutput.assertSafe(dir.resolve("site"));
    }

    @Test
    void nothingIsWrittenOutsideTheOutputDirectory(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/render/hostile/policy"), dir.resolve("policy"));
        List<Path> before = listing(dir);
        PlainPolicy.standard().build(policy, dir.resolve("site"), LocalDate.of(2019, 6, 1));
        List<Path> added = listing(dir).stream().filter(p -> !before.contains(p)).filter(p -> !p.startsWith(
                dir.resolve("site"))).toList();
        assertEquals(List.of(policy.resolve("plainpolicy.lock")), added, "only the site, and the lock of the policy");
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.toList();
        }
    }
}

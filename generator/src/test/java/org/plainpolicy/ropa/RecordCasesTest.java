package org.plainpolicy.ropa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plainpolicy.Golden;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.model.Finding;

/**
 * Each directory under {@code src/test/resources/ropa-cases/} is a policy that is valid as a policy
 * but lacks, or does not lack, what the record of processing needs (Art. 30(1)); {@code expected.txt}
 * holds the findings of {@code ropa} as of 2026-12-03. With an error nothing is written; without
 * one, the three files.
 */
class RecordCasesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static Stream<Path> cases() {
        return Golden.cases("ropa-cases").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesExactlyTheExpectedFindings(Path caseDirectory, @TempDir Path out) throws Exception {
        Path policy = caseDirectory.resolve("policy");
        PlainPolicy.RecordResult result = PlainPolicy.standard().record(policy, out.resolve("ropa"), TODAY);
        String lines = result.check().findings().stream().map((Finding f) -> f.toLine(policy) + "\n")
                .collect(Collectors.joining());
        Golden.assertMatches(caseDirectory.resolve("expected.txt"), lines);
        List<String> written = files(out.resolve("ropa"));
        if (result.check().errors() > 0) {
            assertEquals(List.of(), written, "nothing is written when the record lacks something");
        } else {
            assertEquals(List.of("ropa.csv", "ropa.html", "ropa.xlsx"), written);
            assertTrue(result.versionId().isPresent());
        }
    }

    private static List<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package org.plainpolicy.validate;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plainpolicy.Golden;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.model.Finding;

/**
 * Each directory under {@code src/test/resources/cases/} is a policy project in {@code policy/}
 * that breaks exactly one rule, with the error lines it must give in {@code expected.txt} (paths
 * relative to {@code policy/}). {@code valid} breaks none.
 */
class CasesTest {

    static Stream<Path> cases() {
        return Golden.cases("cases").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesExactlyTheExpectedFindings(Path caseDirectory) {
        Path policy = caseDirectory.resolve("policy");
        PlainPolicy.CheckResult result = PlainPolicy.standard().check(policy);
        String lines = result.findings().stream()
                .map((Finding f) -> f.toLine(policy) + "\n")
                .collect(Collectors.joining());
        Golden.assertMatches(caseDirectory.resolve("expected.txt"), lines);
    }
}

package org.plainpolicy.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plainpolicy.Golden;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.VersionFile;

/**
 * Each directory under {@code src/test/resources/diff/} is a valid policy project with two
 * versions that differ in one kind of change; {@code expected.txt} holds the change list from the
 * first to the second, one sentence a line, in English (and {@code expected.fr.txt} in French when
 * the project has French files).
 */
class DiffCasesTest {

    static Stream<Path> cases() {
        return Golden.cases("diff").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesTheExpectedChangeList(Path caseDirectory) {
        PlainPolicy tool = PlainPolicy.standard();
        PlainPolicy.CheckResult check = tool.check(caseDirectory.resolve("policy"));
        assertEquals(List.of(), check.findings(), "a diff case must be a valid policy");
        PolicyProject project = check.project().orElseThrow();
        for (String language : project.languagesUsed()) {
            List<VersionFile> versions = project.inLanguage(language);
            String from = versions.get(0).id();
            String to = versions.get(versions.size() - 1).id();
            String lines = tool.changes(caseDirectory.resolve("policy"), from, to, Optional.of(language)).lines()
                    .stream()
                    .map(line -> line + "\n").collect(Collectors.joining());
            String name = language.equals("en") ? "expected.txt" : "expected." + language + ".txt";
            Golden.assertMatches(caseDirectory.resolve(name), lines);
        }
    }
}

package org.plainpolicy.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plainpolicy.Golden;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.registry.Registry;

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

    /**
     * A case per change kind: every kind of the table is said by some case, so a kind added without
     * its case, or a comparison that stopped finding it, fails here.
     */
    @Test
    void everyChangeKindHasACase() {
        PlainPolicy tool = PlainPolicy.standard();
        Differ differ = new Differ(Registry.standard());
        Set<ChangeKind> said = EnumSet.noneOf(ChangeKind.class);
        for (Path caseDirectory : Golden.cases("diff")) {
            PolicyProject project = tool.check(caseDirectory.resolve("policy")).project().orElseThrow();
            for (String language : project.languagesUsed()) {
                List<VersionFile> versions = project.inLanguage(language);
                differ.compare(project.model(versions.get(0)), project.model(versions.get(versions.size() - 1)))
                        .changes().forEach(change -> said.add(change.kind()));
            }
        }
        Set<ChangeKind> unsaid = EnumSet.allOf(ChangeKind.class);
        unsaid.removeAll(said);
        assertEquals(Set.of(), unsaid, "change kinds no case under src/test/resources/diff says");
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

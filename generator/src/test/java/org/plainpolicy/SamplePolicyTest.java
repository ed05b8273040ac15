package org.plainpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plainpolicy.model.DataSubject;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;

/** The sample project of the repository, {@code sample-policy/policy}, is a clean, complete policy. */
class SamplePolicyTest {

    static final Path SAMPLE = Path.of(System.getProperty("sample.policy", "../sample-policy/policy"));

    @Test
    void validatesWithNoFindings() {
        PlainPolicy.CheckResult result = PlainPolicy.standard().check(SAMPLE);
        assertEquals("", result.findings().stream().map(f -> f.toLine(SAMPLE) + "\n").collect(Collectors.joining()));
    }

    @Test
    void hasFourVersionsInEnglishAndTheLastThreeInFrenchAndInGerman() {
        PolicyProject project = PlainPolicy.standard().check(SAMPLE).project().orElseThrow();
        assertEquals(List.of(LocalDate.of(2017, 9, 1), LocalDate.of(2018, 5, 25), LocalDate.of(2018, 9, 15),
                LocalDate.of(2026, 12, 1)), project.dates());
        assertEquals(4, project.inLanguage("en").size());
        assertEquals(3, project.inLanguage("fr").size());
        assertTrue(project.version(LocalDate.of(2026, 12, 1), "fr").isPresent());
        assertEquals(3, project.inLanguage("de").size());
        assertTrue(project.version(LocalDate.of(2026, 12, 1), "de").isPresent());
    }

    @Test
    void itsNewestVersionSaysWhoseDataEachPurposeUses() {
        PolicyProject project = PlainPolicy.standard().check(SAMPLE).project().orElseThrow();
        PolicyVersion newest = project.model(project.version(LocalDate.of(2026, 12, 1), "en").orElseThrow());
        assertEquals(List.of("customers", "contacts"), newest.dataSubjects().stream().map(DataSubject::id).toList());
        assertFalse(newest.material(), "naming the groups changes no processing");
        assertEquals(List.of("contacts"), newest.purposes().stream().filter(p -> p.id().equals("deliverability"))
                .findFirst().map(newest::dataSubjectsOf).orElseThrow().stream().map(DataSubject::id).toList());
    }
}

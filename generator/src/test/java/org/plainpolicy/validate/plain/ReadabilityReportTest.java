package org.plainpolicy.validate.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plainpolicy.PlainPolicy;

/** What the readability report says of each section, and why a section has no score. */
class ReadabilityReportTest {

    private static ReadabilityReport report(String testCase) {
        Path policy = Path.of("src/test/resources/cases", testCase, "policy");
        return PlainPolicy.standard().readability(policy, Optional.empty()).reports().get(0);
    }

    private static SectionScore section(ReadabilityReport report, String id) {
        return report.sections().stream().filter(s -> s.section().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aFreeSectionCarriesItsTitleAndThePageSectionsNone() {
        ReadabilityReport report = report("plain-readability-de");
        assertEquals(Optional.of("Cookies und ähnliche Technologien"), section(report, "cookies").title());
        assertEquals(Optional.empty(), section(report, "purposes").title());
    }

    @Test
    void aLongSectionInALanguageWithAFormulaIsScoredOnItsScale() {
        ReadabilityReport report = report("plain-readability-sv");
        SectionScore cookies = section(report, "cookies");
        assertEquals(Optional.of(Formula.LIX), report.formula());
        assertEquals(50, report.target());
        assertTrue(cookies.words() >= report.minWords() && report.tooHard(cookies));
        assertFalse(report.tooShort(cookies));
        assertTrue(report.tooShort(section(report, "purposes")));
    }

    @Test
    void inALanguageWithoutAFormulaNoSectionIsCalledTooShort() {
        ReadabilityReport report = report("plain-long-sentence-pl");
        assertEquals(Optional.empty(), report.formula());
        assertTrue(report.sections().stream().noneMatch(report::tooShort));
        assertTrue(report.sections().stream().noneMatch(report::tooHard));
        assertTrue(report.tooLong(section(report, "purposes")));
    }
}

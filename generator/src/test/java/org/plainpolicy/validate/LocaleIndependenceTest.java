package org.plainpolicy.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.plainpolicy.Golden;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.model.Finding;

/** Findings must not change with the build machine's locale (Turkish dotless i, say). */
class LocaleIndependenceTest {

    @Test
    void everyCaseGivesTheSameFindingsUnderATurkishLocale() {
        Locale saved = Locale.getDefault();
        for (Path caseDirectory : Golden.cases("cases")) {
            Path policy = caseDirectory.resolve("policy");
            List<Finding> expected = PlainPolicy.standard().check(policy).findings();
            try {
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                assertEquals(expected, PlainPolicy.standard().check(policy).findings(), caseDirectory.toString());
            } finally {
                Locale.setDefault(saved);
            }
        }
    }
}

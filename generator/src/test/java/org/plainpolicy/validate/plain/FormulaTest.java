package org.plainpolicy.validate.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each formula on one sample worked by hand from its published coefficients: 100 words in 5
 * sentences, 150 syllables, 500 letters, 20 words of more than six letters.
 */
class FormulaTest {

    private static final Formula.Measures SAMPLE = new Formula.Measures(100, 5, 150, 500, 20);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // 206.835 - 1.015 × 20 - 84.6 × 1.5
        "FLESCH, 59.635",
        // 207 - 1.015 × 20 - 73.6 × 1.5
        "KANDEL_MOLES, 76.3",
        // 180 - 20 - 58.5 × 1.5
        "AMSTAD, 72.25",
        // 206.84 - 0.60 × 150 (syllables per 100 words) - 1.02 × 20 (words per sentence, as Law 2011 reads F)
        "FERNANDEZ_HUERTA, 96.44",
        // 206.84 - 0.77 × 150 (syllables per 100 words) - 0.93 × 20
        "FLESCH_DOUMA, 72.74",
        // 248.835 - 1.015 × 20 - 84.6 × 1.5
        "MARTINS, 101.635",
        // 89 + (300 × 5 - 10 × 500) / 100
        "GULPEASE, 54",
        // 100 / 5 + 100 × 20 / 100
        "LIX, 40",
    })
    void scoresTheWorkedSample(Formula formula, double expected) {
        assertEquals(expected, formula.score(SAMPLE), 1e-9);
    }

    @Test
    void fleschGivesThePublishedScoreOfTheCatOnTheMat() {
        // 6 words, 6 syllables, 1 sentence: 206.835 - 6.09 - 84.6 = 116.145, the textbook's 116.1.
        assertEquals(116.145, Formula.FLESCH.score(new Formula.Measures(6, 1, 6, 17, 0)), 1e-9);
    }

    @Test
    void theFleschFamilyTakesTheSiteThresholdTheOthersTheirSources() {
        assertEquals(42, Formula.AMSTAD.target(42));
        assertEquals(42, Formula.FERNANDEZ_HUERTA.target(42));
        assertEquals(60, Formula.GULPEASE.target(42));
        assertEquals(50, Formula.LIX.target(42));
    }

    @Test
    void lixMissesAboveItsTargetTheOthersBelow() {
        assertTrue(Formula.LIX.misses(55, 50));
        assertFalse(Formula.LIX.misses(45, 50));
        assertTrue(Formula.GULPEASE.misses(55, 60));
        assertFalse(Formula.FLESCH.misses(65, 50));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"en, FLESCH", "fr, KANDEL_MOLES", "de, AMSTAD", "es, FERNANDEZ_HUERTA", "nl, FLESCH_DOUMA",
        "pt, MARTINS", "it, GULPEASE", "sv, LIX", "da, LIX", "no, LIX", "nb, LIX"})
    void eachLanguageHasItsPublishedFormula(String language, Formula formula) {
        assertEquals(formula, Language.of(language).formula().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bg", "cs", "el", "et", "fi", "ga", "hr", "hu", "is", "lt", "lv", "mt", "pl", "ro", "sk", "sl"})
    void theOthersHaveNone(String language) {
        assertFalse(Language.of(language).formula().isPresent());
    }
}

package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plural form of a whole number, by CLDR's rules, in languages whose forms English lacks. */
class PluralFormsTest {

    @ParameterizedTest(name = "{0}: {1} takes the form {2}")
    @CsvSource({"en, 1, one", "en, 2, other", "fr, 1, one", "pl, 1, one", "pl, 2, few", "pl, 5, many",
            "pl, 12, many", "pl, 22, few", "cs, 4, few", "cs, 5, other", "lt, 21, one", "lt, 11, other",
            "lv, 10, zero", "sl, 102, two", "ga, 7, many", "mt, 11, many", "ro, 19, few", "ro, 20, other",
            "is, 21, one", "fr, 1000000, other"})
    void aNumberTakesTheFormOfItsLanguage(String language, long amount, String category) {
        assertEquals(category, PluralForms.category(language, amount));
    }

    @ParameterizedTest(name = "{0} needs {1}")
    @CsvSource(delimiter = ';', value = {"en; one other", "de; one other", "pl; few many one", "cs; few one other",
            "sl; few one other two", "ga; few many one other two", "lv; one other zero"})
    void aCountingMessageNeedsOneKeyPerFormWholeNumbersReach(String language, String categories) {
        assertEquals(Set.of(categories.split(" ")), PluralForms.categories(language));
    }
}

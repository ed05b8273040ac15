package org.plainpolicy.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Retention criteria that are only a stock phrase, in the languages that have a list, and criteria that say more. */
class StockPhrasesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "en | We keep them as long as necessary. | as long as necessary",
        "en | As long as needed for the purposes above. | as long as needed",
        "en | Until you close your account. | -",
        "en | As long as necessary to handle your claim, and then 6 years after the last invoice, as tax law requires. | -",
        "fr | Nous les gardons aussi longtemps que nécessaire. | aussi longtemps que nécessaire",
        "fr | Pas plus longtemps que nécessaire. | pas plus longtemps que nécessaire",
        "de | Wir speichern sie so lange wie nötig. | so lange wie nötig",
        "es | Durante el tiempo necesario. | el tiempo necesario",
        "it | Per il tempo necessario. | per il tempo necessario",
        "nl | Zo lang als nodig. | zo lang als nodig",
        "pt | Pelo tempo necessário. | pelo tempo necessário",
        "pl | Przez okres niezbędny. | przez okres niezbędny",
        "sv | Så länge som behövs. | så länge som behövs",
        "fi | Niin kauan kuin tarpeen. | -",
    })
    void aStockPhraseIsAllTheCriteriaSay(String language, String criteria, String phrase) {
        assertEquals(Optional.ofNullable(phrase), StockPhrases.in(criteria, language));
    }
}

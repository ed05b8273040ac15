package org.plainpolicy.registry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JDK's CLDR data names countries in every language of the EEA; if a JDK ever lacked one, these tests
 * say which, and the tool would have to ship that language's names itself.
 */
class CountryNamesTest {

    /** The 24 official languages of the EU, Icelandic and Norwegian (Bokmål, also as plain "no"). */
    static final List<String> LANGUAGES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga",
            "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "is", "nb", "no");

    /** Countries whose name differs from the English one in each of these languages: an English result is a gap. */
    private static final List<String> TELLTALE = List.of("DE", "GR", "HU", "NL", "CH", "US", "GB", "ES", "SE");

    static Stream<String> languages() {
        return LANGUAGES.stream();
    }

    static Stream<String> languagesOtherThanEnglish() {
        return LANGUAGES.stream().filter(language -> !language.equals("en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyCountryASiteCanPrintHasANameInTheLanguage(String language) {
        Locale reader = Locale.forLanguageTag(language);
        assertAll(Stream.of(Locale.getISOCountries()).map(code -> () ->
                assertNotEquals(code, CountryNames.of(code, reader), language + " " + code)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languagesOtherThanEnglish")
    void theNamesAreInTheLanguageNotInEnglish(String language) {
        Locale reader = Locale.forLanguageTag(language);
        assertAll(TELLTALE.stream().map(code -> () -> assertNotEquals(CountryNames.of(code, Locale.ENGLISH),
                CountryNames.of(code, reader), language + " " + code)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " | ", value = {
        "bg | Германия", "cs | Německo", "da | Tyskland", "de | Deutschland", "el | Γερμανία", "en | Germany",
        "es | Alemania", "et | Saksamaa", "fi | Saksa", "fr | Allemagne", "ga | an Ghearmáin", "hr | Njemačka",
        "hu | Németország", "it | Germania", "lt | Vokietija", "lv | Vācija", "mt | il-Ġermanja",
        "nl | Duitsland", "pl | Niemcy", "pt | Alemanha", "ro | Germania", "sk | Nemecko", "sl | Nemčija",
        "sv | Tyskland", "is | Þýskaland", "nb | Tyskland", "no | Tyskland",
    })
    void germanyAsEachLanguageWritesIt(String language, String name) {
        assertEquals(name, CountryNames.of("DE", Locale.forLanguageTag(language)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " | ", value = {
        "de | Vereinigte Staaten", "fr | États-Unis", "it | Stati Uniti", "es | Estados Unidos",
        "pl | Stany Zjednoczone", "sv | USA", "el | Ηνωμένες Πολιτείες",
    })
    void aThirdCountryOfTransfersAsEachLanguageWritesIt(String language, String name) {
        assertEquals(name, CountryNames.of("US", Locale.forLanguageTag(language)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"pt, Estónia", "pt-PT, Estónia", "pt-BR, Estônia"})
    void portugueseIsPortugalsUnlessARegionSaysOtherwise(String language, String name) {
        assertEquals(name, CountryNames.of("EE", Locale.forLanguageTag(language)));
    }
}

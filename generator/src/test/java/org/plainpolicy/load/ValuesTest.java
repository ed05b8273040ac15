package org.plainpolicy.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "3 years     | 3 years",
        "1 year      | 1 year",
        "6 Months    | 6 months",
        "30 days     | 30 days",
        "2 weeks     | 2 weeks",
        "3 yrs       | -",
        "0 days      | -",
        "three years | -",
        "3years      | -",
    })
    void periods(String text, String expected) {
        assertEquals(Optional.ofNullable(expected), Values.period(text).map(Object::toString));
    }

    @ParameterizedTest(name = "''{0}'' is a date: {1}")
    @CsvSource({"2018-09-15, true", "2018-02-29, false", "2020-02-29, true", "2018-9-15, false", "15/09/2018, false"})
    void dates(String text, boolean valid) {
        assertEquals(valid, Values.date(text).isPresent());
    }

    @ParameterizedTest(name = "{0} is an e-mail address: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "privacy@postwise.example | true", "a.b+c@x.fr | true", "privacy at postwise | false",
        "privacy@postwise | false", "@postwise.example | false", "privacy@@postwise.example | false",
        "first.last@mail.example.co.uk | true", "o'brien@x.ie | true", "a_b-c~d@x-y.example | true",
        "privacy%40postwise.example?bcc=spy@evil.example | false", "a?cc=b@x.fr | false", "a&b@x.fr | false",
        "a#b@x.fr | false", "a%b@x.fr | false", "a b@x.fr | false", "\"a\"@x.fr | false", "<a@x.fr> | false",
        "a@x.fr> | false", "a..b@x.fr | false", ".a@x.fr | false", "a.@x.fr | false",
        "a@-x.fr | false", "a@x-.fr | false", "a@x..fr | false", "a@x.fr. | false", "a,b@x.fr | false",
        "a;b@x.fr | false", "a\u0001@x.fr | false", "josé@x.fr | false",
    })
    void emails(String text, boolean valid) {
        assertEquals(valid, Values.email(text).isPresent());
    }

    @Test
    void emailsEndWithTheirDomainAndHaveAtMost64CharactersBeforeTheAtAnd254InAll() {
        assertFalse(Values.email("privacy@postwise.example\n").isPresent());
        assertFalse(Values.email("privacy@postwise.example\n").isPresent());
        assertFalse(Values.email("a`b@x.fr").isPresent());
        assertTrue(Values.email("a".repeat(64) + "@x.fr").isPresent());
        assertFalse(Values.email("a".repeat(65) + "@x.fr").isPresent());
        assertFalse(Values.email("a@" + "x".repeat(63) + "." + "y".repeat(63) + "." + "z".repeat(63) + "."
                + "w".repeat(61)).isPresent());
    }

    @ParameterizedTest(name = "''{0}'' is a web address: {1}")
    @CsvSource({"https://postwise.example/privacy/, true", "http://x.fr, true", "ftp://x.fr, false",
        "javascript:alert(1), false", "postwise.example, false", "https://, false"})
    void webAddresses(String text, boolean valid) {
        assertEquals(valid, Values.webAddress(text).isPresent());
    }

    @ParameterizedTest(name = "''{0}'' is a country code: {1}")
    @CsvSource({"FR, true", "GB, true", "US, true", "UK, false", "fr, false", "XX, false", "FRA, false"})
    void countries(String text, boolean valid) {
        assertEquals(valid, Values.country(text).isPresent());
    }

    @Test
    void countryProblemsSayWhatToWrite() {
        assertEquals("'UK' is not an ISO 3166-1 country code; write GB", Values.countryProblem("UK"));
        assertEquals("write country codes in capitals: FR", Values.countryProblem("fr"));
    }

    @Test
    void suggestionsCatchTyposButNotStrangers() {
        List<String> keys = Format.keysOf(Format.VERSION);
        assertEquals(Optional.of("controller"), Suggestions.closest("contoller", keys));
        assertEquals(Optional.of("legalBasis"), Suggestions.closest("legalbasis", Format.keysOf("purposes[]")));
        assertEquals(Optional.of("recipients"), Suggestions.closest("recipents", keys));
        assertEquals(Optional.empty(), Suggestions.closest("favouriteColour", keys));
    }
}

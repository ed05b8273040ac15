package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of {@link Typography}, one table per rule. In the tables {@code _} stands for U+202F,
 * the narrow no-break space, so that the expected text can be read.
 */
class TypographyTest {

    private static String nnbsp(String table) {
        return table.replace('_', Typography.NARROW_NO_BREAK_SPACE);
    }

    @ParameterizedTest(name = "fr: [{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "E-mail :|E-mail_:",
        "Devez-vous les donner ?|Devez-vous les donner_?",
        "Attention !|Attention_!",
        "un point ; puis un autre|un point_; puis un autre",
        "Voir « Vos droits ».|Voir «_Vos droits_».",
        "Voir «Vos droits».|Voir «_Vos droits_».",
        "déjà\u00A0: fine|déjà_: fine",
        "déjà_: posé|déjà_: posé",
        // No space is added where the writer put none: a time, an address, a query.
        "à 10:30|à 10:30",
        "https://exemple.fr/?page=2|https://exemple.fr/?page=2",
        "Quoi?|Quoi?",
    })
    void frenchPutsANarrowNoBreakSpaceBeforeHighMarksAndInsideGuillemets(String text, String expected) {
        assertEquals(nnbsp(expected), Typography.of("fr").text(nnbsp(text)));
    }

    @ParameterizedTest(name = "{0}: [{1}] -> [{2}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "fr|l'entreprise|l’entreprise",
        "fr|aujourd'hui|aujourd’hui",
        "fr|l&#39;usage|l’usage",
        "fr|déjà l’usage|déjà l’usage",
        "fr|'cité'|'cité'",
        "de|Peter's Laden|Peter’s Laden",
        "en|the company's data|the company's data",
    })
    void anApostropheBetweenLettersIsTheTypographicOne(String language, String text, String expected) {
        assertEquals(expected, Typography.of(language).text(text));
    }

    @ParameterizedTest(name = "de: [{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Lesen Sie \"Ihre Rechte\".|Lesen Sie „Ihre Rechte“.",
        "\"Kundendaten\" und \"Newsletter\"|„Kundendaten“ und „Newsletter“",
        "(\"Cookies\")|(„Cookies“)",
        "Lesen Sie &quot;Ihre Rechte&quot;.|Lesen Sie „Ihre Rechte“.",
        "Lesen Sie „Ihre Rechte“.|Lesen Sie „Ihre Rechte“.",
    })
    void germanQuotesOpenLowAndCloseHigh(String text, String expected) {
        assertEquals(expected, Typography.of("de").text(text));
    }

    @ParameterizedTest(name = "{0}: [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en|\"Your rights\": see below",
        "en|Note : text ?",
        "fr|\"Vos droits\"",
        "de|Hinweis : Text ?",
    })
    void aLanguageSetsOnlyItsOwnRules(String language, String text) {
        assertEquals(text, Typography.of(language).text(text));
    }

    @ParameterizedTest(name = "fr markup: [{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<p>E-mail : <a href=\"mailto:a@b.fr?subject=Question :\">a@b.fr</a></p>"
                + "|<p>E-mail_: <a href=\"mailto:a@b.fr?subject=Question :\">a@b.fr</a></p>",
        "<p title=\"Note : x\">Note : <code>a : b</code> c ?</p>|<p title=\"Note : x\">Note_: <code>a : b</code> c_?</p>",
        "<pre><code>l'id : 'x'</code></pre><p>l'id</p>|<pre><code>l'id : 'x'</code></pre><p>l’id</p>",
        "<!-- a : b --><p>a : b</p>|<!-- a : b --><p>a_: b</p>",
        "<p>« <em>Vos droits</em> »</p>|<p>«_<em>Vos droits</em>_»</p>",
        "<p><time datetime=\"2024-03-01\">1er mars</time> : fin</p>|<p><time datetime=\"2024-03-01\">1er mars</time>_: fin</p>",
    })
    void markupIsSetInItsTextOnlyNeverInTagsCommentsOrCode(String markup, String expected) {
        Typography fr = Typography.of("fr");
        assertEquals(nnbsp(expected), fr.markup(markup));
        assertEquals(nnbsp(expected), fr.markup(fr.markup(markup)), "a second pass changes nothing");
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en|12.06|1|12.1",
        "fr|12.06|1|12,1",
        "de|12.06|1|12,1",
        "fr|62.5|0|63",
        "en|62.5|0|63",
    })
    void decimalsAreWrittenAsTheLanguageWritesThem(String language, double value, int digits, String expected) {
        assertEquals(expected, Typography.of(language).number(value, digits));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en|1215|1,215",
        "fr|1215|1_215",
        "de|1215|1.215",
        "fr|215|215",
    })
    void countsAreWrittenAsTheLanguageWritesThem(String language, long value, String expected) {
        assertEquals(nnbsp(expected), Typography.of(language).number(value));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "fr|2024-03-01|1er mars 2024",
        "fr|2024-03-02|2 mars 2024",
        "fr|2024-03-11|11 mars 2024",
        "en|2024-03-01|1 March 2024",
        "de|2024-03-01|1 März 2024",
    })
    void frenchWritesTheFirstDayOfAMonthAsAnOrdinal(String language, LocalDate date, String expected) {
        String pattern = date.getDayOfMonth() == 1 ? Typography.of(language).firstOfMonthPattern("d MMMM yyyy")
                : "d MMMM yyyy";
        assertEquals(expected, DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language)).format(date));
    }
}

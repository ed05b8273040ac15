package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A French site (English as a translation) with three versions that each take effect on the first
 * of a month, one replaced, one current and one to come, and a data category named "Kundendaten".
 */
class TypographySiteTest {

    static final Path POLICY = Path.of("src/test/resources/render/typography/policy");
    static final LocalDate TODAY = LocalDate.of(2019, 7, 1);
    private static final char NNBSP = Typography.NARROW_NO_BREAK_SPACE;
    /** A space a writer types before a high mark, which French pages never keep. */
    private static final Pattern PLAIN_SPACE_BEFORE_MARK = Pattern.compile("[ \u00A0][:;?!»]|«[ \u00A0]");

    @TempDir
    static Path output;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(POLICY, output.resolve("site"), TODAY);
        assertTrue(site.result().filesWritten() > 0, () -> "the fixture builds: " + site.result().check());
    }

    private static List<String> frenchPages() {
        return site.pages().stream().filter(p -> !p.startsWith("en/")).toList();
    }

    private static String text(String page) {
        return Jsoup.parse(site.read(page)).body().text();
    }

    @Test
    void frenchPagesHaveNoStraightApostrophe() {
        assertFalse(frenchPages().isEmpty());
        for (String page : frenchPages()) {
            assertFalse(text(page).contains("'"), page + ": " + text(page));
        }
    }

    @Test
    void everyColonOfFrenchThemeTextHasANarrowNoBreakSpaceBeforeIt() {
        for (String page : frenchPages()) {
            String text = text(page);
            assertFalse(PLAIN_SPACE_BEFORE_MARK.matcher(text).find(), page + ": " + text);
        }
        String policy = text("index.html");
        for (String themeText : List.of("E-mail" + NNBSP + ":", "contactez-nous" + NNBSP + ":",
                "Devez-vous les fournir" + NNBSP + "?", "«" + NNBSP + "Comment introduire une réclamation" + NNBSP + "»")) {
            assertTrue(policy.contains(themeText), themeText + " missing from: " + policy);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "versions/2019-03-01/index.html|2019-03-01|En vigueur du 1er mars 2019 au 31 mai 2019",
        "versions/2019-06-01/index.html|2019-06-01|En vigueur depuis le 1er juin 2019",
        "index.html|2019-06-01|En vigueur depuis le 1er juin 2019",
        "versions/2019-09-01/index.html|2019-09-01|Entrera en vigueur le 1er septembre 2019",
        "en/versions/2019-03-01/index.html|2019-03-01|Was in effect from 1 March 2019 to 31 May 2019",
        "en/versions/2019-06-01/index.html|2019-06-01|In effect since 1 June 2019",
        "en/versions/2019-09-01/index.html|2019-09-01|Takes effect on 1 September 2019",
    })
    void theDatesLineFitsTheVersionsStatus(String page, String effective, String expected) {
        Document doc = Jsoup.parse(site.read(page));
        String dates = doc.selectFirst(".policy-dates").text();
        assertTrue(dates.startsWith(expected + " · "), dates);
        assertEquals(effective, doc.selectFirst(".policy-dates time").attr("datetime"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "versions/2019-09-01/index.html|.summary-personal-data|Kundendaten",
        "versions/2019-09-01/index.html|.summary-purposes|Gérer votre compte",
        "en/versions/2019-09-01/index.html|.summary-personal-data|Kundendaten",
        "en/versions/2019-09-01/index.html|.summary-purposes|Run your account",
        "changes/2019-09-01/index.html|.change-list|Nous collectons une nouvelle catégorie de données\u202F: Kundendaten.",
        "changes/2019-09-01/index.html|.change-list|Pour la finalité «\u202FGérer votre compte\u202F»",
        "en/changes/2019-09-01/index.html|.change-list|We now collect a new type of data: Kundendaten.",
        "en/changes/2019-09-01/index.html|.change-list|For the purpose \"Run your account\", we now also use this data: Kundendaten.",
    })
    void namesKeepTheirCaseInTheSummaryAndTheChangeList(String page, String selector, String expected) {
        String text = Jsoup.parse(site.read(page)).select(selector).text();
        assertTrue(text.contains(expected), expected + " missing from: " + text);
    }

    @Test
    void readabilityFiguresAreWrittenTheFrenchWay() {
        String report = text("readability/2019-09-01/index.html");
        assertTrue(Pattern.compile("\\b\\d+,\\d\\b").matcher(report).find(), report);
        assertFalse(Pattern.compile("\\b\\d+\\.\\d\\b").matcher(report).find(), report);
    }
}

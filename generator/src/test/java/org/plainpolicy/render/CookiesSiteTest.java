package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cookies written as {@code cookies:} are a table in the section cookies, after the transfers: a
 * first-party cookie named as the controller is written, one set by a recipient links to it with its
 * countries, a third party named only there shows its country, and the sentence under the table says
 * what the consent column holds.
 */
class CookiesSiteTest {

    @TempDir
    static Path work;
    static Document page;

    @BeforeAll
    static void build() {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/render/cookies/policy"), work.resolve("site"),
                LocalDate.of(2019, 3, 1));
        page = Jsoup.parse(site.read("index.html"));
    }

    @Test
    void theSectionComesAfterTheTransfersInTheContents() {
        List<String> toc = page.select("nav.toc a").eachAttr("href");
        assertEquals(toc.indexOf("#transfers") + 1, toc.indexOf("#cookies"), toc.toString());
        assertEquals("Cookies and similar trackers", page.getElementById("cookies-title").text());
    }

    @Test
    void eachCookieIsARowOfTheTable() {
        Element table = page.getElementById("cookies").selectFirst("table");
        assertNotNull(table);
        assertEquals(List.of("Name", "Set by", "What it is for", "How long it stays", "Your consent"),
                table.select("thead th").eachText());
        assertEquals(List.of(
                List.of("tc_session", "Tinyco SARL", "Keeps you signed in.", "Until you close your browser",
                        "Not asked: the service needs it to work"),
                // The provider as the policy names the controller elsewhere, not as this cookie typed it.
                List.of("tc_lang", "Tinyco SARL", "Remembers your language.", "1 year",
                        "Not asked: the service needs it to work"),
                List.of("_mailer_open", "Mailer Inc. (United States)", "Tells us when you open our newsletter.",
                        "13 months", "We ask for it first"),
                List.of("_ad", "Adco Ltd (United Kingdom)", "Measures our ads.", "30 days", "We ask for it first")),
                table.select("tbody tr").stream().map(row -> row.select("th, td").eachText()).toList());
    }

    @Test
    void aRecipientThatSetsACookieLinksToItsEntry() {
        Element provider = page.getElementById("cookies").select("tbody tr").get(2).select("td").get(0);
        assertEquals("#recipient-mailer", provider.selectFirst("a").attr("href"));
        assertNotNull(page.getElementById("recipient-mailer"));
        assertEquals("newsletter", page.getElementById("cookies").selectFirst("td strong").text());
    }

    @Test
    void theSentenceUnderTheTableSaysWhatTheConsentColumnHolds() {
        assertEquals("We set those that need your consent only if you agree. The service needs the others to work.",
                page.getElementById("cookies").select("p").last().text());
    }
}

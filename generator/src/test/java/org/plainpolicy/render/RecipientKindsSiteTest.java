package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recipients as real policies have them: a kind of recipient (Art. 13(1)(e)) with no single role or
 * country, and a processor in several countries. The page says what its list holds.
 */
class RecipientKindsSiteTest {

    @TempDir
    Path work;

    private Document page(String diffCase) {
        BuiltSite site = BuiltSite.ofDiffCase(diffCase, work.resolve("site"));
        return Jsoup.parse(site.read("index.html"));
    }

    @Test
    void aKindOfRecipientIsSaidToBeOneAndTheListIsSaidToHoldKinds() {
        Document page = page("recipient-kind-added");
        assertEquals("We share your data only with the people, companies and kinds of recipients below, and only "
                + "for the reasons we give.", page.selectFirst("#recipients > p").text());
        Element item = page.getElementById("recipient-public");
        assertEquals("A kind of recipient, not one named company", item.selectFirst("dd").text());
        assertEquals(1, item.select("dt").size(), "no country is claimed for it");
    }

    @Test
    void aListOfNamedCompaniesIsSaidToBeThat() {
        assertEquals("We share your data only with the people and companies below, and only for the reasons we give.",
                page("recipient-kind-removed").selectFirst("#recipients > p").text());
    }

    @Test
    void aRecipientInSeveralCountriesNamesEachOfThem() {
        Document page = page("recipient-countries-added");
        assertEquals("France, Germany and Netherlands", page.getElementById("recipient-host").select("dd").get(1).text());
        assertNull(page.getElementById("recipient-public"));
    }
}

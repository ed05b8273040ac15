package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retention set on a purpose: a category that leaves it to its purposes has no row of its own, the
 * purposes have their table, and the summary counts both.
 */
class PurposeRetentionSiteTest {

    @TempDir
    Path work;

    @Test
    void theRetentionSectionShowsCategoriesAndPurposesAndTheSummaryCountsBoth() {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/cases/art13-2-a-retention-on-each-purpose/policy"),
                work.resolve("site"), LocalDate.of(2019, 3, 1));
        Document page = Jsoup.parse(site.read("index.html"));
        Element section = page.getElementById("retention");
        List<Element> tables = section.select("table");
        assertEquals(2, tables.size());
        // Account details leaves its retention to the purposes that use it, and its row says so.
        assertEquals(List.of("Account details", "Usage logs"), tables.get(0).select("tbody th").eachText());
        assertEquals("Set by each purpose that uses it: see the next table.",
                tables.get(0).selectFirst("tbody td").text());
        assertEquals(List.of("Purpose", "How long we keep it"), tables.get(1).select("thead th").eachText());
        assertEquals(List.of("Run your account"), tables.get(1).select("tbody th").eachText());
        assertEquals("3 years after you close your account", tables.get(1).selectFirst("tbody td").text());
        assertEquals("#purpose-run-account", tables.get(1).selectFirst("tbody th a").attr("href"));
        assertEquals("We keep some types of data for a set time, and others as long as criteria we explain require.",
                page.selectFirst(".summary-retention p").ownText().strip());
    }
}

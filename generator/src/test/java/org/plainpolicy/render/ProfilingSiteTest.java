package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysis without legal or similarly significant effects ({@code profiling:}) beside no Art. 22
 * decision: the page says so truthfully, lists the analysis with its logic and meaning, and gives
 * no right to a human review.
 */
class ProfilingSiteTest {

    @TempDir
    static Path work;
    static Document page;

    @BeforeAll
    static void build() {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/render/profiling/policy"), work.resolve("site"),
                LocalDate.of(2019, 3, 1));
        page = Jsoup.parse(site.read("index.html"));
    }

    @Test
    void noDecisionIsClaimedAndNoneIsDenied() {
        Element section = page.getElementById("automated-decisions");
        String text = section.text();
        assertTrue(text.contains("We make no decisions about you by computer alone that have legal effects on you "
                + "or affect you in a similarly significant way."), text);
        assertTrue(!text.contains("We make no decisions about you by computer alone."), text);
    }

    @Test
    void theAnalysisIsListedWithWhatItMeans() {
        Element item = page.getElementById("profiling-suggestions");
        assertEquals("Suggested settings", item.selectFirst("h4").text());
        assertTrue(item.text().contains("We compare the settings you chose with those of other people."), item.text());
        assertTrue(item.text().contains("You see first the settings that most people like you choose."), item.text());
        assertEquals("Other analysis by computer", page.getElementById("profiling").text());
    }

    @Test
    void itBringsNoRightToAHumanReview() {
        assertNull(page.getElementById("right-human-review"));
    }
}

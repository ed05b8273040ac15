package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two controllers, each for its own people: the page names both, says for whom, and the summary says both. */
class SeveralControllersSiteTest {

    @TempDir
    Path work;

    @Test
    void bothControllersAreNamedEachWithItsPeople() {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/cases/art13-1-a-two-controllers/policy"),
                work.resolve("site"), LocalDate.of(2019, 3, 1));
        Document page = Jsoup.parse(site.read("index.html"));
        Element section = page.getElementById("controller");
        assertEquals(2, section.select("address").size());
        assertEquals(List.of("Responsible for the data of: people in the EEA",
                "Responsible for the data of: everyone else"), section.select(".controller-for").eachText());
        assertTrue(section.selectFirst("p").text().startsWith("These organisations are responsible for your data"),
                section.text());
        assertEquals("These organisations are responsible for your data, each for different people: Tinyco SARL "
                + "and Tinyco Inc.", page.selectFirst(".summary-controller p").ownText().strip());
    }
}

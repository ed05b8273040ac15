package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lead authority and another beside it (the ICO, for people in the UK): the complaint section names
 * both, says people may complain to one of them, and always adds the places of Art. 77.
 */
class SeveralAuthoritiesSiteTest {

    @TempDir
    Path work;

    private Element complaint(String diffCase) {
        BuiltSite site = BuiltSite.ofDiffCase(diffCase, work.resolve("site"));
        return Jsoup.parse(site.read("index.html")).getElementById("complaint");
    }

    @Test
    void bothAuthoritiesAreNamedAndEitherMayBeChosen() {
        Element section = complaint("authority-added");
        assertEquals(2, section.select("address").size());
        assertTrue(section.text().contains("you can complain to one of these data protection authorities:"),
                section.text());
        assertTrue(section.select("address").get(0).text().startsWith("Commission Nationale"), section.text());
        assertTrue(section.select("address").get(1).text().startsWith("Information Commissioner"), section.text());
    }

    @Test
    void oneAuthorityIsTheAuthorityAndArticle77IsAlwaysSaid() {
        Element section = complaint("authority-removed");
        assertEquals(1, section.select("address").size());
        assertTrue(section.text().contains("you can complain to the data protection authority:"), section.text());
        assertTrue(section.text().contains("where you live or work, or where you think the law was broken."),
                section.text());
    }
}

package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second sample (a platform with a US parent and an EU subsidiary, in English and Spanish),
 * built as of 2026-12-01: every key of spec section 9 shows on its pages, which are golden files
 * under {@code src/test/resources/site/multinational/}.
 */
class MultinationalSiteTest {

    static final Path SAMPLE = Path.of(System.getProperty("sample.multinational",
            "../sample-multinational/policy"));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    static Path output;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(SAMPLE, output.resolve("site"), TODAY);
        assertEquals(0, site.result().check().errors());
        assertEquals(0, site.result().check().warnings());
    }

    @Test
    void pagesNoticesAndFeedsMatchTheirGoldenFiles() throws Exception {
        site.assertMatchesGolden(Path.of("src/test/resources/site/multinational"), SAMPLE.resolve("versions"));
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path again) throws Exception {
        site.assertSameBytesAs(BuiltSite.build(SAMPLE, again.resolve("site"), TODAY));
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<String> errors = new ArrayList<>();
        for (String page : site.pages()) {
            errors.addAll(SampleSiteTest.nuErrors(page, SampleSiteTest.asDocument(page, site.read(page))));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void bothLanguagesShowEveryNewKey() {
        for (String page : List.of("index.html", "es/index.html")) {
            Document doc = Jsoup.parse(site.read(page));
            // Two controllers, each for its own people, and no representative: one has an EU establishment.
            Element controller = doc.getElementById("controller");
            assertEquals(2, controller.select("address").size(), page);
            assertEquals(2, controller.select(".controller-for").size(), page);
            assertTrue(controller.text().contains("Threadline, Inc."), page);
            assertTrue(controller.text().contains("Threadline Europe Ltd"), page);
            // Several authorities, and the right of Art. 77 where people live or work.
            assertEquals(2, doc.getElementById("complaint").select("address").size(), page);
            // Kinds of recipients, and a processor in several countries.
            assertTrue(doc.getElementById("recipients").select(".item").size() >= 5, page);
            // A retention table for purposes as well as data.
            assertEquals(2, doc.getElementById("retention").select("table").size(), page);
            // Profiling without Art. 22 effects.
            assertNotNull(doc.getElementById("profiling"), page);
            // Cookies in a table, after the transfers.
            Element cookies = doc.getElementById("cookies");
            assertNotNull(cookies, page);
            assertTrue(cookies.select("tbody tr").size() >= 5, page);
            assertFalse(cookies.select("td a[href^=#recipient-]").isEmpty(), page);
            // Markdown tables in free sections, with their column headings.
            assertTrue(doc.select("#your-company table th[scope=col], #where-processors-work table th[scope=col]").size()
                    >= 4, page);
        }
    }
}

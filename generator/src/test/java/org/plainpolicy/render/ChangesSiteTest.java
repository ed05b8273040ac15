package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The changes pages, notices and feeds of the sample (built as of 1 September 2018). */
class ChangesSiteTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path output;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(SampleSiteTest.SAMPLE, output.resolve("site"), SampleSiteTest.TODAY);
    }

    @Test
    void theSeptemberChangesPageListsEveryChangeTheJournalNames() {
        String list = Jsoup.parse(site.read("changes/2018-09-15/index.html")).select(".change-list").text();
        for (String expected : List.of("words of the GDPR", "consent", "CNIL", "legal basis", "directly to correct or delete",
                "how long we keep", "password", "data protection officer is now Camille Laurent",
                "Commission Nationale de l'Informatique et des Libertés", "New purpose: Keep our accounts as the law asks",
                "We now keep \"Account details\" for a set time: 3 years", "We now make a decision about you by computer alone",
                "We changed the wording of how we protect your data")) {
            assertTrue(list.contains(expected), expected + " missing from: " + list);
        }
    }

    @Test
    void theRedlineMarksWordingChangesForEveryReader() {
        Document page = Jsoup.parse(site.read("changes/2018-09-15/index.html"));
        assertFalse(page.select("#redline-security ins").isEmpty());
        assertTrue(page.selectFirst("#redline-security ins .visually-hidden").text().contains("added"));
        assertTrue(page.selectFirst("#redline-controller .unchanged") != null, "an unchanged section is collapsed");
        assertTrue(page.selectFirst(".redline-legend ins") != null && page.selectFirst(".redline-legend del") != null);
    }

    @Test
    void theRedlineKeepsTheStructureOfThePage() {
        Document page = Jsoup.parse(site.read("changes/2018-09-15/index.html"));
        // The introduction's list stays a list, its bold words bold, and the removed sentence is marked in its item.
        assertEquals(2, page.select("#redline-intro .redline ul > li").size());
        assertEquals("Our customers", page.selectFirst("#redline-intro li strong").text());
        assertTrue(page.selectFirst("#redline-intro li del").text().contains("We also call them senders."));
        // A purpose's name is a heading, its facts terms, its data a list of links to the new version's page.
        assertTrue(page.select("#redline-purposes .redline h4").eachText().contains("Make sure e-mails arrive"));
        assertTrue(page.select("#redline-purposes .redline-term").eachText().contains("Data we use"));
        assertEquals("../../versions/2018-09-15/index.html#data-account",
                page.selectFirst("#redline-purposes .redline li a").attr("href"));
        // A purpose that is new is added whole, heading and all.
        assertTrue(page.select("#redline-purposes h4 ins").eachText().stream()
                .anyMatch(t -> t.contains("Keep our accounts as the law asks")));
        // A phrase changed in a sentence that stayed is marked in place, with the words around it unmarked.
        String safe = page.select("#redline-purposes .redline p").eachText().stream()
                .filter(t -> t.startsWith("We watch our logs")).findFirst().orElseThrow();
        assertTrue(safe.contains("and the misuse of accounts"), safe);
    }

    @Test
    void theChangesPageIsLinkedFromTheVersionTheArchiveAndTheBanner() {
        assertEquals("../../changes/2018-09-15/index.html", Jsoup.parse(site.read("versions/2018-09-15/index.html"))
                .selectFirst("#changes a[href*=changes]").attr("href"));
        assertEquals("../changes/2018-09-15/index.html", Jsoup.parse(site.read("versions/index.html"))
                .selectFirst("a[href=../changes/2018-09-15/index.html]").attr("href"));
        assertEquals("changes/2018-09-15/index.html", Jsoup.parse(site.read("index.html"))
                .selectFirst(".banner-upcoming a").attr("href"));
    }

    @Test
    void theNoticeSaysWhatChangesFromWhenInEachLanguageAndLinksToTheChanges() {
        String english = site.read("notices/2018-09-15.txt");
        assertTrue(english.startsWith("Our privacy policy changes on 15 September 2018\n"), english);
        assertTrue(english.contains("- We name the CNIL"), english);
        assertTrue(english.contains("https://postwise.example/privacy/changes/2018-09-15/"), english);
        assertFalse(english.contains("&amp;") || english.contains("&#39;"), "the text part is not HTML-escaped");
        String french = site.read("fr/notices/2018-09-15.txt");
        assertTrue(french.startsWith("Notre politique de confidentialité change le 15 septembre 2018\n"), french);
        assertTrue(french.contains("https://postwise.example/privacy/fr/changes/2018-09-15/"), french);
        Document html = Jsoup.parse(site.read("notices/2018-09-15.html"));
        assertEquals(9, html.select("li").size());
        assertTrue(html.selectFirst("a[href=https://postwise.example/privacy/changes/2018-09-15/]") != null);
    }

    @Test
    void theNoticeEmailsAreValidHtml() throws Exception {
        for (String notice : List.of("notices/2018-09-15.html", "fr/notices/2018-09-15.html", "de/notices/2018-09-15.html")) {
            assertEquals(List.of(), SampleSiteTest.nuErrors(notice, site.read(notice)));
        }
    }

    @Test
    void eachFeedIsAtomWithTheRequiredElementsAndStableIds() throws Exception {
        for (String feed : List.of("feed.xml", "fr/feed.xml", "de/feed.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    site.read(feed).getBytes(StandardCharsets.UTF_8)));
            Element root = doc.getDocumentElement();
            assertEquals(ATOM, root.getNamespaceURI());
            assertEquals("feed", root.getLocalName());
            for (String required : List.of("id", "title", "updated", "author")) {
                assertEquals(1, children(root, required).getLength(), feed + " feed/" + required);
            }
            OffsetDateTime.parse(text(root, "updated"));
            NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
            assertEquals(feed.equals("feed.xml") ? 4 : 3, entries.getLength());
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                for (String required : List.of("id", "title", "updated")) {
                    assertEquals(1, children(entry, required).getLength(), feed + " entry/" + required);
                }
                OffsetDateTime.parse(text(entry, "updated"));
                assertTrue(ids.add(text(entry, "id")), "entry ids are unique");
                assertTrue(text(entry, "id").startsWith("https://postwise.example/privacy/"));
                assertFalse(children(entry, "link").getLength() == 0, "an entry links to its version");
            }
        }
    }

    private static NodeList children(Element parent, String name) {
        org.w3c.dom.Document doc = parent.getOwnerDocument();
        org.w3c.dom.DocumentFragment direct = doc.createDocumentFragment();
        NodeList all = parent.getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                direct.appendChild(e.cloneNode(true));
            }
        }
        return direct.getChildNodes();
    }

    private static String text(Element parent, String name) {
        return children(parent, name).item(0).getTextContent();
    }
}

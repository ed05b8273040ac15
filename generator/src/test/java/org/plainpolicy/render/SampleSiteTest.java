package org.plainpolicy.render;

import org.plainpolicy.HtmlChecker;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
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
import org.plainpolicy.model.SectionIds;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The sample policy's site, built as of 1 September 2018: the 2018-09-15 version is then upcoming.
 * Its pages are golden files under {@code src/test/resources/site/sample/}.
 */
class SampleSiteTest {

    static final Path SAMPLE = Path.of(System.getProperty("sample.policy", "../sample-policy/policy"));
    static final LocalDate TODAY = LocalDate.of(2018, 9, 1);

    @TempDir
    static Path output;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(SAMPLE, output.resolve("site"), TODAY);
        assertEquals(0, site.result().check().errors());
    }

    @Test
    void publishesTheLayoutOfTheSpec() {
        assertEquals(List.of(".plainpolicy-site", ".plainpolicy-state", "assets/style.css",
                "changes/2018-05-25/index.html", "changes/2018-09-15/index.html", "changes/2026-12-01/index.html",
                "de/changes/2018-09-15/index.html", "de/changes/2026-12-01/index.html", "de/embed/2018-05-25.html",
                "de/embed/2018-09-15.html", "de/embed/2026-12-01.html",
                "de/embed/index.html", "de/feed.xml", "de/index.html",
                "de/notices/2018-09-15.html", "de/notices/2018-09-15.txt",
                "de/readability/2018-05-25/index.html", "de/readability/2018-09-15/index.html",
                "de/readability/2026-12-01/index.html",
                "de/versions/2018-05-25/index.html", "de/versions/2018-05-25/policy.jsonld",
                "de/versions/2018-05-25/policy.pdf", "de/versions/2018-09-15/index.html",
                "de/versions/2018-09-15/policy.jsonld", "de/versions/2018-09-15/policy.pdf",
                "de/versions/2026-12-01/index.html", "de/versions/2026-12-01/policy.jsonld",
                "de/versions/2026-12-01/policy.pdf", "de/versions/index.html",
                "embed/2017-09-01.html", "embed/2018-05-25.html", "embed/2018-09-15.html", "embed/2026-12-01.html",
                "embed/embed.css",
                "embed/index.html", "feed.xml", "fides.yaml",
                "fr/changes/2018-09-15/index.html", "fr/changes/2026-12-01/index.html", "fr/embed/2018-05-25.html",
                "fr/embed/2018-09-15.html", "fr/embed/2026-12-01.html",
                "fr/embed/index.html", "fr/feed.xml", "fr/index.html",
                "fr/notices/2018-09-15.html", "fr/notices/2018-09-15.txt",
                "fr/readability/2018-05-25/index.html", "fr/readability/2018-09-15/index.html",
                "fr/readability/2026-12-01/index.html",
                "fr/versions/2018-05-25/index.html", "fr/versions/2018-05-25/policy.jsonld",
                "fr/versions/2018-05-25/policy.pdf", "fr/versions/2018-09-15/index.html",
                "fr/versions/2018-09-15/policy.jsonld", "fr/versions/2018-09-15/policy.pdf",
                "fr/versions/2026-12-01/index.html", "fr/versions/2026-12-01/policy.jsonld",
                "fr/versions/2026-12-01/policy.pdf", "fr/versions/index.html",
                "index.html", "notices/2018-05-25.html", "notices/2018-05-25.txt",
                "notices/2018-09-15.html", "notices/2018-09-15.txt",
                "readability/2017-09-01/index.html", "readability/2018-05-25/index.html",
                "readability/2018-09-15/index.html", "readability/2026-12-01/index.html", "versions.json",
                "versions/2017-09-01/index.html",
                "versions/2017-09-01/policy.jsonld", "versions/2017-09-01/policy.pdf", "versions/2018-05-25/index.html",
                "versions/2018-05-25/policy.jsonld", "versions/2018-05-25/policy.pdf", "versions/2018-09-15/index.html",
                "versions/2018-09-15/policy.jsonld", "versions/2018-09-15/policy.pdf", "versions/2026-12-01/index.html",
                "versions/2026-12-01/policy.jsonld", "versions/2026-12-01/policy.pdf", "versions/index.html"),
                site.files());
    }

    @Test
    void pagesNoticesAndFeedsMatchTheirGoldenFiles() throws Exception {
        site.assertMatchesGolden(Path.of("src/test/resources/site/sample"), SAMPLE.resolve("versions"));
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path again) throws Exception {
        site.assertSameBytesAs(BuiltSite.build(SAMPLE, again.resolve("site"), TODAY));
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<String> errors = new ArrayList<>();
        for (String page : site.pages()) {
            errors.addAll(nuErrors(page, asDocument(page, site.read(page))));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void theCheckerItselfCatchesInvalidHtml() throws Exception {
        assertFalse(nuErrors("bad", "<!DOCTYPE html><html lang=en><head><title>x</title></head>"
                + "<body><table><p>cell</p></table><a href=\"#\" href=\"#\">twice</a></body></html>").isEmpty());
    }

    @Test
    void everyInternalLinkAndAnchorResolvesFromTheFileSystem() {
        List<String> broken = new ArrayList<>();
        for (String page : site.pages()) {
            Document doc = parse(page);
            for (Element link : doc.select("a[href], link[href]")) {
                String href = link.attr("href");
                if (href.matches("^(https?|mailto|tel):.*")) {
                    continue;
                }
                String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                String anchor = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
                Path target = file.isEmpty() ? site.root().resolve(page)
                        : site.root().resolve(page).getParent().resolve(file).normalize();
                if (!Files.isRegularFile(target)) {
                    broken.add(page + ": " + href + " (no such file)");
                } else if (!anchor.isEmpty() && target.toString().endsWith(".html")
                        && parse(site.root().relativize(target).toString()).getElementById(anchor) == null) {
                    broken.add(page + ": " + href + " (no such anchor)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyVersionPageHasTheStableAnchors() {
        for (String page : site.pages()) {
            if (!page.matches("((fr|de)/)?(index\\.html|versions/\\d{4}-\\d{2}-\\d{2}/index\\.html)")) {
                continue;
            }
            Document doc = parse(page);
            assertAll(page, SectionIds.STANDARD.stream().map(id -> () ->
                    assertTrue(doc.getElementById(id) != null, page + " lacks #" + id)));
        }
        Document current = parse("versions/2018-09-15/index.html");
        for (String anchor : List.of("purpose-newsletter", "data-account", "recipient-zendesk", "cookies",
                "right-object", "decision-sender-screening")) {
            assertTrue(current.getElementById(anchor) != null, "#" + anchor);
        }
    }

    @Test
    void theCurrentPageAnnouncesTheUpcomingVersionInEachLanguage() {
        Element english = parse("index.html").selectFirst(".banner-upcoming a");
        assertEquals("changes/2018-09-15/index.html", english.attr("href"));
        assertTrue(english.parent().text().contains("15 September 2018"), english.parent().text());
        Element french = parse("fr/index.html").selectFirst(".banner-upcoming a");
        assertTrue(french.parent().text().contains("15 septembre 2018"), french.parent().text());
    }

    @Test
    void anOldVersionSaysSoAndLinksToTheCurrentOne() {
        Element banner = parse("versions/2017-09-01/index.html").selectFirst(".banner-past a");
        assertEquals("../../index.html", banner.attr("href"));
    }

    @Test
    void pagesDeclareTheirLanguageAndTheirTranslations() {
        Document french = parse("fr/versions/2018-05-25/index.html");
        assertEquals("fr", french.selectFirst("html").attr("lang"));
        assertEquals("../../../versions/2018-05-25/index.html",
                french.selectFirst("link[rel=alternate][hreflang=en]").attr("href"));
        assertEquals("https://postwise.example/privacy/fr/versions/2018-05-25/",
                french.selectFirst("link[rel=canonical]").attr("href"));
        // The 2017 version has no French translation: no hreflang, and the switch leads to the French policy.
        Document old = parse("versions/2017-09-01/index.html");
        assertTrue(old.select("link[rel=alternate][hreflang]").isEmpty());
        assertEquals("../../fr/index.html", old.selectFirst(".languages a[lang=fr]").attr("href"));
    }

    @Test
    void theRightToObjectStandsApartInTheSummary() {
        Element summary = parse("index.html").selectFirst(".summary");
        assertTrue(summary.selectFirst(".summary-right-object a[href=#right-object]") != null);
    }

    @Test
    void theComplaintSectionNamesTheCnilFromTheRegistry() {
        String complaint = parse("versions/2018-09-15/index.html").getElementById("complaint").text();
        assertTrue(complaint.contains("Commission Nationale de l'Informatique et des Libertés"), complaint);
        assertTrue(complaint.contains("https://www.cnil.fr/"), complaint);
    }

    @Test
    void noPageNeedsJavaScript() {
        for (String page : site.pages()) {
            assertTrue(parse(page).select("script").isEmpty(), page);
        }
    }

    private static Document parse(String page) {
        return Jsoup.parse(site.read(page));
    }

    /** A page as it is; a fragment (embed/) inside the smallest page that can hold it, as a host would. */
    static String asDocument(String path, String html) {
        return path.contains("embed/") ? "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Host"
                + "</title></head><body>" + html + "</body></html>" : html;
    }

    static List<String> nuErrors(String name, String html) throws Exception {
        return HtmlChecker.errors(name, html);
    }
}

package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.PdfChecks;
import org.plainpolicy.TestFiles;

/**
 * The PDF of every version in every language (spec section 9: versions/&lt;id&gt;/policy.pdf): tagged
 * PDF/UA-1 as veraPDF checks it, with the page's content, running headers, bookmarks, embedded
 * fonts, working links and no clock in its bytes; on A4, or on Letter when site.yaml asks.
 */
class PdfTest {

    private static final String BASE = "https://postwise.example/privacy/";

    @TempDir
    static Path work;
    static BuiltSite site;
    static BuiltSite multinational;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(SampleSiteTest.SAMPLE, work.resolve("site"), LocalDate.of(2018, 9, 1));
        multinational = BuiltSite.build(MultinationalSiteTest.SAMPLE, work.resolve("multinational"),
                LocalDate.of(2026, 12, 1));
    }

    private static List<String> pdfs(BuiltSite built) {
        return built.files().stream().filter(f -> f.endsWith(".pdf")).toList();
    }

    private static byte[] bytes(BuiltSite built, String file) {
        try {
            return Files.readAllBytes(built.root().resolve(file));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyVersionHasAPdfInEveryLanguageBesideItsPage() {
        assertEquals(List.of("de/versions/2018-05-25/policy.pdf", "de/versions/2018-09-15/policy.pdf",
                "de/versions/2026-12-01/policy.pdf", "fr/versions/2018-05-25/policy.pdf",
                "fr/versions/2018-09-15/policy.pdf", "fr/versions/2026-12-01/policy.pdf",
                "versions/2017-09-01/policy.pdf", "versions/2018-05-25/policy.pdf",
                "versions/2018-09-15/policy.pdf", "versions/2026-12-01/policy.pdf"), pdfs(site));
        assertEquals(4, pdfs(multinational).size(), pdfs(multinational).toString());
        for (BuiltSite built : List.of(site, multinational)) {
            for (String pdf : pdfs(built)) {
                assertTrue(built.files().contains(pdf.replace("policy.pdf", "index.html")), pdf);
            }
        }
    }

    @Test
    void everyPdfPassesVeraPdfAsPdfUa1() {
        List<String> failures = new ArrayList<>();
        for (BuiltSite built : List.of(site, multinational)) {
            for (String pdf : pdfs(built)) {
                PdfChecks.pdfUaFailures(bytes(built, pdf)).forEach(f -> failures.add(pdf + ": " + f));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aPdfHasTheLanguageTitleStructureAndBookmarksOfItsPage() throws IOException {
        for (String pdf : List.of("versions/2018-09-15/policy.pdf", "fr/versions/2018-05-25/policy.pdf")) {
            Document page = Jsoup.parse(site.read(pdf.replace("policy.pdf", "index.html")));
            try (PDDocument doc = PdfChecks.load(bytes(site, pdf))) {
                assertEquals(pdf.startsWith("fr/") ? "fr" : "en", doc.getDocumentCatalog().getLanguage(), pdf);
                assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), pdf);
                assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle(), pdf);
                String title = doc.getDocumentInformation().getTitle();
                assertTrue(title.startsWith(page.selectFirst("h1").text()) && title.endsWith("Postwise"), title);

                List<String> sections = page.select("main section.policy-section > h2").eachText();
                List<String> bookmarks = new ArrayList<>();
                for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    bookmarks.add(item.getTitle());
                }
                assertEquals(page.selectFirst("h1").text(), bookmarks.get(0), pdf);
                assertTrue(bookmarks.containsAll(sections), pdf + ": " + bookmarks + " lacks some of " + sections);

                List<String> roles = new ArrayList<>();
                structure(doc.getDocumentCatalog().getStructureTreeRoot(), roles);
                for (String role : List.of("Document", "H1", "H2", "H3", "P", "L", "LI", "LBody", "Table", "TR", "TH",
                        "TD", "Link")) {
                    assertTrue(roles.contains(role), pdf + " has no " + role + " in its structure tree");
                }
            }
        }
    }

    private static void structure(PDStructureNode node, List<String> roles) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                roles.add(element.getStructureType());
                structure(element, roles);
            }
        }
    }

    @Test
    void aPdfShowsWhatItsPagePrints() {
        String pdf = "versions/2018-09-15/policy.pdf";
        Document page = Jsoup.parse(site.read("versions/2018-09-15/index.html"));
        String text = body(PdfChecks.pages(bytes(site, pdf)));
        // What print leaves out (style.css, @media print), and the PDF too.
        page.select(".skip-link, .languages, .toc, .site-footer, .banner, .policy-pdf, .visually-hidden").remove();
        // Print writes where a link to elsewhere goes after it: " <mailto:privacy@postwise.example>".
        page.select("main a[href^=http], main a[href^=mailto:]").forEach(a -> a.appendText(" <" + a.attr("href") + ">"));
        List<String> missing = new ArrayList<>();
        for (Element block : page.select("main h1, main h2, main h3, main p, main li, main th, main td, main dt, main dd")) {
            if (!block.select("p, ul, ol, dl, table, div").isEmpty()) {
                continue;
            }
            String words = block.text().replaceAll("[\\s\u00a0\u202f]+", " ").strip();
            if (words.length() > 3 && !text.contains(words)) {
                missing.add(words);
            }
        }
        assertEquals(List.of(), missing, "text of the page the PDF does not have");
        assertTrue(text.contains("Postwise"), "the site's name heads the first page");
    }

    /** The text of the pages without their running header and number. */
    private static String body(List<String> pages) {
        StringBuilder text = new StringBuilder();
        for (String page : pages) {
            page.lines().filter(l -> !l.isBlank() && !l.startsWith("Privacy Policy · Version in effect from")
                    && !l.matches("Page \\d+ of \\d+")).forEach(l -> text.append(l).append(' '));
        }
        // A line that breaks after a hyphen ("e-" / "mails") reads as the word it is.
        return text.toString().replaceAll("-\\s+", "-").replaceAll("[\\s\u00a0\u202f]+", " ").strip();
    }

    @Test
    void noPageIsEmpty() {
        for (BuiltSite built : List.of(site, multinational)) {
            for (String pdf : pdfs(built)) {
                List<String> pages = PdfChecks.pages(bytes(built, pdf));
                for (int i = 0; i < pages.size(); i++) {
                    assertTrue(pages.get(i).lines().filter(l -> !l.isBlank()).count() > 3, pdf + ": page " + (i + 1));
                }
            }
        }
    }

    @Test
    void everyPageHasTheRunningHeaderAndItsNumberInTheVersionsLanguage() {
        List<String> en = PdfChecks.pages(bytes(site, "versions/2018-09-15/policy.pdf"));
        assertTrue(en.size() > 3, "pages: " + en.size());
        for (int i = 0; i < en.size(); i++) {
            String page = en.get(i).replaceAll("\\s+", " ");
            assertTrue(page.contains("Privacy Policy · Version in effect from 15 September 2018"), "page " + (i + 1));
            assertTrue(page.contains("Page " + (i + 1) + " of " + en.size()), "page " + (i + 1) + ": " + page);
        }
        List<String> de = PdfChecks.pages(bytes(site, "de/versions/2018-09-15/policy.pdf"));
        assertTrue(de.get(1).replaceAll("\\s+", " ").contains("Seite 2 von " + de.size()), de.get(1));
    }

    @Test
    void theFontsAreEmbeddedAndTheTextReadsAsWritten() {
        for (BuiltSite built : List.of(site, multinational)) {
            for (String pdf : pdfs(built)) {
                byte[] bytes = bytes(built, pdf);
                assertEquals(List.of(), PdfChecks.fontsNotEmbedded(bytes), pdf);
                // No ligature glyphs: "effect" is searched, copied and read aloud as written.
                assertFalse(PdfChecks.text(bytes).matches(".*[\\uFB00-\\uFB06].*"), pdf);
            }
        }
        assertTrue(PdfChecks.text(bytes(site, "fr/versions/2018-09-15/policy.pdf")).contains("Politique de confidentialité"));
    }

    @Test
    void linksLeadWithinThePdfOrToAbsoluteAddresses() throws IOException {
        String pdf = "versions/2018-09-15/policy.pdf";
        try (PDDocument doc = PdfChecks.load(bytes(site, pdf))) {
            int internal = 0;
            List<String> uris = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        assertNotNull(link.getContents(), "a link without a description");
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else {
                            assertNotNull(link.getDestination() != null ? link.getDestination()
                                    : link.getCOSObject().getDictionaryObject(COSName.A), "a link that goes nowhere");
                            internal++;
                        }
                    }
                }
            }
            assertTrue(internal > 5, "the summary's links to its sections: " + internal);
            for (String uri : uris) {
                assertTrue(uri.startsWith(BASE) || uri.matches("^(https?|mailto|tel):.*"), uri);
            }
            assertTrue(uris.contains(BASE + "changes/2018-09-15/index.html"), "the link to what changed: " + uris);
        }
    }

    @Test
    void theBytesDependOnTheInputAloneWithNoClock() throws IOException {
        byte[] pdf = bytes(site, "versions/2018-05-25/policy.pdf");
        try (PDDocument doc = PdfChecks.load(pdf)) {
            assertNull(doc.getDocumentInformation().getCreationDate());
            assertNull(doc.getDocumentInformation().getModificationDate());
            try (InputStream xmp = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                String metadata = new String(xmp.readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(metadata.contains("CreateDate") || metadata.contains("ModifyDate"), metadata);
                assertTrue(metadata.contains("pdfuaid:part"), metadata);
            }
        }
        BuiltSite again = BuiltSite.build(SampleSiteTest.SAMPLE, work.resolve("again"), LocalDate.of(2018, 9, 1));
        for (String file : pdfs(site)) {
            assertArrayEquals(bytes(site, file), bytes(again, file), file);
        }
    }

    @Test
    void thePaperIsA4UnlessSiteYamlAsksForLetter() throws IOException {
        try (PDDocument doc = PdfChecks.load(bytes(site, "versions/2018-09-15/policy.pdf"))) {
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()));
            assertEquals(842, Math.round(doc.getPage(0).getMediaBox().getHeight()));
        }
        Path letter = TestFiles.copy(SampleSiteTest.SAMPLE, work.resolve("letter-policy"));
        Files.writeString(letter.resolve("site.yaml"), Files.readString(letter.resolve("site.yaml")) + "paper: letter\n");
        BuiltSite built = BuiltSite.build(letter, work.resolve("letter"), LocalDate.of(2018, 9, 1));
        byte[] pdf = bytes(built, "versions/2018-09-15/policy.pdf");
        try (PDDocument doc = PdfChecks.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                assertEquals(612, Math.round(page.getMediaBox().getWidth()));
                assertEquals(792, Math.round(page.getMediaBox().getHeight()));
            }
        }
        assertEquals(List.of(), PdfChecks.pdfUaFailures(pdf));
    }
}

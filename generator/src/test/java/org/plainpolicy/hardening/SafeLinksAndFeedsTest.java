package org.plainpolicy.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.render.FeedEntry;
import org.plainpolicy.model.Finding;
import org.plainpolicy.render.Theme;
import org.w3c.dom.Document;

/** Links and feeds carry what the policy says and nothing more: no hidden copy, no character that breaks the feed. */
class SafeLinksAndFeedsTest {

    private static final Path VALID = Path.of("src/test/resources/cases/valid/policy");
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Test
    void anAddressThatWouldCopyRightsRequestsToAThirdPartyIsRefused(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(VALID, dir.resolve("policy"));
        Path file = policy.resolve("versions/2019-03-01.en.yaml");
        Files.writeString(file, Files.readString(file).replace("  email: privacy@tinyco.example\n",
                "  email: privacy%40postwise.example?bcc=spy@evil.example\n"));
        List<String> findings = PlainPolicy.standard().check(policy).findings().stream()
                .map(f -> f.toLine(policy)).toList();
        assertEquals(List.of("versions/2019-03-01.en.yaml:6:10: error: "
                + "'privacy%40postwise.example?bcc=spy@evil.example' is not an e-mail address; "
                + "write one such as privacy@example.com [format]"), findings);
    }

    @Test
    void aPagesMailtoLinkIsTheAddressAsItIs(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(VALID, dir.resolve("policy"));
        PlainPolicy.BuildResult result = PlainPolicy.standard().build(policy, dir.resolve("site"),
                LocalDate.of(2019, 6, 1));
        assertEquals(List.of(), result.check().findings().stream().filter(Finding::isError).toList());
        List<String> hrefs = Jsoup.parse(dir.resolve("site/index.html").toFile(), "UTF-8").select("a[href^=mailto:]")
                .eachAttr("href");
        assertTrue(hrefs.contains("mailto:privacy@tinyco.example"), hrefs::toString);
        assertTrue(hrefs.contains("mailto:dpo@tinyco.example"), hrefs::toString);
    }

    /** Control characters are refused when a policy is read; the feed leaves them out all the same. */
    @Test
    void aFeedWithControlCharactersInItsTextIsStillWellFormedXml() throws Exception {
        String note = "We now keep\u0001 logs\u001B[31m for a year.\u0000\uFFFE \uD800";
        FeedEntry entry = new FeedEntry("https://x.example/versions/2019-06-01/", "Version of 1 June 2019\u0007",
                "2019-05-01T00:00:00Z", "https://x.example/versions/2019-06-01/", "", note);
        String feed = Theme.load(Path.of("no-templates")).document("feed.xml", "feed.xml.vm", Map.of(
                "feedId", "https://x.example/feed.xml", "feedTitle", "Tinyco\u0002", "home", "https://x.example/",
                "language", "en", "author", "Tinyco\u001F", "updated", "2019-05-01T00:00:00Z",
                "entries", List.of(entry)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
        assertEquals("We now keep logs[31m for a year. ",
                xml.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent());
        assertEquals("Tinyco", xml.getElementsByTagNameNS(ATOM, "name").item(0).getTextContent());
    }
}

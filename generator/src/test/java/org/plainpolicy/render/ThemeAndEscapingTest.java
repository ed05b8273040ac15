package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeAndEscapingTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);

    @Test
    void policyTextIsShownNeverRunAndNeverEvaluatedAsATemplate(@TempDir Path out) {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/render/hostile/policy"), out.resolve("s"), TODAY);
        assertEquals(0, site.result().check().errors(), site.result().check().findings()::toString);
        String html = site.read("index.html");
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, iframe, img[onerror], [onmouseover]").isEmpty(), html);
        for (Element link : doc.select("a[href]")) {
            assertFalse(link.attr("href").matches("(?i)^\\s*(javascript|data|vbscript):.*"), link.outerHtml());
        }
        String intro = doc.selectFirst(".intro").text();
        assertTrue(intro.contains("<script>alert(1)</script>"), intro);
        assertTrue(intro.contains("$page.title() #set($x = 1) ${msg} #foreach($i in [1..3])$i#end"), intro);
        assertTrue(doc.selectFirst("#controller").text().contains("$msg.get('nav.skip')"));
        assertTrue(doc.selectFirst("a[href=https://tinyco.example/more]") != null);
        assertTrue(doc.selectFirst("a[href=mailto:privacy@tinyco.example]") != null);
        assertEquals("Policy <script>alert('title')</script>", doc.selectFirst("h1").text());
    }

    @Test
    void aProjectOverridesOneTemplateAndOneMessageAndKeepsTheRest(@TempDir Path out) {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/render/override/policy"), out.resolve("s"), TODAY);
        Document doc = Jsoup.parse(site.read("index.html"));
        assertEquals("Young people", doc.selectFirst("#children-title").text());
        assertTrue(doc.selectFirst("#security .house-security") != null);
        assertEquals("Who we are", doc.selectFirst("#controller-title").text());
        assertTrue(doc.selectFirst("#children").text().contains("15"));
    }

    @Test
    void aLanguageTheThemeDoesNotSpeakIsAnErrorAndNothingIsWritten(@TempDir Path out) {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/render/untranslated/policy"), out.resolve("s"),
                TODAY);
        assertEquals(0, site.result().filesWritten());
        var finding = site.result().check().findings().get(0);
        assertEquals("site.yaml:4:1", finding.position().file().getFileName() + ":" + finding.position().line()
                + ":" + finding.position().column());
        assertTrue(finding.message().contains("templates/messages_lb.properties"), finding.message());
    }

    @Test
    void datesAreWrittenInEachLanguagesOwnWay() {
        Theme theme = Theme.load(Path.of("no-overrides"));
        LocalDate date = LocalDate.of(2018, 10, 1);
        assertEquals("1 October 2018", theme.messages("en").date(date));
        assertEquals("1er octobre 2018", theme.messages("fr").date(date));
        assertEquals("2 octobre 2018", theme.messages("fr").date(date.plusDays(1)));
    }

    @Test
    void bothLanguagesHaveEveryMessage() throws Exception {
        assertEquals(keys("messages_en.properties"), keys("messages_fr.properties"));
        Theme theme = Theme.load(Path.of("no-overrides"));
        for (String key : List.of("section.children", "right.object.text", "basis.legitimate-interests",
                "safeguard.data-privacy-framework", "glossary.supervisory-authority.definition")) {
            assertFalse(theme.messages("en").get(key).equals(theme.messages("fr").get(key)), key);
        }
    }

    private static java.util.Set<String> keys(String bundle) throws Exception {
        java.util.Properties properties = new java.util.Properties();
        try (var in = ThemeAndEscapingTest.class.getResourceAsStream("/org/plainpolicy/theme/" + bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new java.util.TreeSet<>(properties.stringPropertyNames());
    }
}

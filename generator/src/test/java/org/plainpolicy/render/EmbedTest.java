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
 * The fragments of the sample (spec section 9: embed/index.html, embed/&lt;id&gt;.html, embed/embed.css),
 * dropped into a page of another site: the policy's body alone, in one scoped container in its language,
 * every link an anchor it holds or an absolute address, and a stylesheet whose every rule is scoped.
 */
class EmbedTest {

    private static final String BASE = "https://postwise.example/privacy/";

    @TempDir
    static Path work;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(SampleSiteTest.SAMPLE, work.resolve("site"), LocalDate.of(2018, 9, 1));
    }

    @Test
    void eachVersionAndTheCurrentOneHaveAFragmentInEachLanguage() {
        List<String> fragments = site.files().stream().filter(f -> f.contains("embed/") && f.endsWith(".html")).toList();
        assertEquals(List.of("de/embed/2018-05-25.html", "de/embed/2018-09-15.html", "de/embed/2026-12-01.html",
                "de/embed/index.html", "embed/2017-09-01.html", "embed/2018-05-25.html", "embed/2018-09-15.html",
                "embed/2026-12-01.html", "embed/index.html", "fr/embed/2018-05-25.html", "fr/embed/2018-09-15.html",
                "fr/embed/2026-12-01.html", "fr/embed/index.html"), fragments);
        // The current fragment shows the version in effect, as the current page does.
        assertEquals(site.read("embed/2018-05-25.html"), site.read("embed/index.html"));
    }

    @Test
    void aFragmentIsTheBodyAloneInOneScopedContainer() {
        for (String fragment : List.of("embed/index.html", "fr/embed/2018-09-15.html")) {
            String html = site.read(fragment);
            for (String tag : List.of("html", "head", "body", "!DOCTYPE", "link", "script", "style")) {
                assertFalse(html.matches("(?s).*<" + tag + "[\\s>].*"), fragment + " has <" + tag);
            }
            Document doc = Jsoup.parseBodyFragment(html);
            assertEquals(1, doc.body().children().size(), fragment);
            Element root = doc.body().child(0);
            assertEquals("plainpolicy", root.className());
            assertEquals(fragment.startsWith("fr/") ? "fr" : "en", root.attr("lang"));
            assertNotNull(root.selectFirst("article.policy #purposes"), fragment);
        }
    }

    @Test
    void everyLinkWorksInsideAnotherSitesPage() {
        for (String fragment : site.files().stream().filter(f -> f.contains("embed/") && f.endsWith(".html")).toList()) {
            Document doc = Jsoup.parseBodyFragment(site.read(fragment));
            List<String> broken = new ArrayList<>();
            for (Element link : doc.select("a[href]")) {
                String href = link.attr("href");
                boolean works = href.startsWith("#") ? doc.getElementById(href.substring(1)) != null
                        : href.matches("^(https?|mailto|tel):.*");
                if (!works) {
                    broken.add(href);
                }
                if (href.startsWith(BASE)) {
                    String file = href.substring(BASE.length());
                    assertTrue(site.files().contains(file.isEmpty() || file.endsWith("/") ? file + "index.html" : file),
                            fragment + ": " + href);
                }
            }
            assertEquals(List.of(), broken, fragment);
        }
        assertTrue(site.read("fr/embed/2018-09-15.html").contains("href=\"" + BASE + "fr/changes/2018-09-15/index.html\""));
    }

    @Test
    void theStylesheetTouchesNothingOutsideTheFragment() {
        String css = site.read("embed/embed.css").replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> unscoped = new ArrayList<>();
        for (String rule : css.replaceAll("(?s)@media[^{]*\\{", "").split("}")) {
            int brace = rule.indexOf('{');
            if (brace < 0) {
                continue;
            }
            for (String selector : rule.substring(0, brace).split(",")) {
                if (!selector.strip().isEmpty() && !selector.strip().startsWith(".plainpolicy")) {
                    unscoped.add(selector.strip());
                }
            }
        }
        assertEquals(List.of(), unscoped);
    }
}

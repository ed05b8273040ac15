package org.plainpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plainpolicy.site.PublishedVersions;

/**
 * A Hamburg shop with German as its default language and an English translation (the project of
 * the maven-plugin's german-default invoker test) validates and builds with the shipped theme
 * alone, and its German pages speak German.
 */
class GermanDefaultPolicyTest {

    private static final Path PROJECT = Path.of("../maven-plugin/src/it/german-default/policy");
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @TempDir
    static Path work;
    private static Path policy;
    private static Path site;
    private static PlainPolicy.BuildResult built;

    /** One build for all the tests: they only read its pages. */
    @BeforeAll
    static void buildTheProject() throws Exception {
        policy = TestFiles.copy(PROJECT, work.resolve("policy"));
        Files.deleteIfExists(policy.resolve(PublishedVersions.FILE));
        site = work.resolve("site");
        built = PlainPolicy.standard().build(policy, site, TODAY);
    }

    @Test
    void validatesWithNoFindings() {
        PlainPolicy.CheckResult result = PlainPolicy.standard().check(policy);
        assertEquals("", result.findings().stream().map(f -> f.toLine(policy) + "\n").collect(Collectors.joining()));
    }

    @Test
    void theGermanPageIsTheDefaultAndSpeaksGerman() throws IOException {
        String page = page("index.html");
        assertTrue(page.contains("<html lang=\"de\""), page);
        for (String heading : List.of("<h2 id=\"summary-title\">Auf einen Blick</h2>",
                "<h2 id=\"purposes-title\">Wofür wir Ihre Daten nutzen</h2>",
                "<h2 id=\"rights-title\">Ihre Rechte</h2>",
                "<h2 id=\"complaint-title\">Beschwerde bei einer Aufsichtsbehörde</h2>")) {
            assertTrue(page.contains(heading), heading);
        }
        assertTrue(page.contains("Gültig seit dem <time datetime=\"2024-03-01\">1. März 2024</time>"));
        assertTrue(page.contains("Recht auf Löschung <span class=\"article\">(Art. 17 DSGVO)</span>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"In short", "Who we are", "Your rights", "How to complain", "Privacy Policy",
            "In effect", "Contents", "Data we use", "Skip to", "Email:", "Phone:", "Germany"})
    void theGermanPageHasNoEnglishThemeWords(String english) throws IOException {
        assertFalse(page("index.html").contains(english), english);
    }

    @Test
    void theAuthorityAddressEndsInTheCountryAsEachPageWritesIt() throws IOException {
        assertTrue(page("index.html").contains("Ludwig-Erhard-Straße 22, 20459 Hamburg, Deutschland<br>"));
        String english = page("en/index.html");
        assertTrue(english.contains("<html lang=\"en\""));
        assertTrue(english.contains("Ludwig-Erhard-Straße 22, 20459 Hamburg, Germany<br>"));
    }

    @Test
    void buildsWithNoFindings() {
        assertEquals(List.of(), built.check().findings());
        assertFalse(built.rendered().isEmpty());
    }

    private static String page(String path) throws IOException {
        return Files.readString(site.resolve(path));
    }
}

package org.plainpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A project in any language of the EEA validates and builds with the shipped theme alone, and its
 * pages speak that language. Each language has the same small policy (a Hamburg coffee roaster,
 * two versions, so that the change list, the redline and the notice e-mail are made too) under
 * {@code src/test/resources/languages/<lang>/policy}, written in that language; the test builds it
 * and reads what came out. To read the pages yourself, keep them: {@code -Dplainpolicy.languages.out=DIR}.
 */
class EveryLanguageTest {

    /** The 24 official languages of the EU, and Icelandic and Norwegian for the rest of the EEA. */
    static final List<String> LANGUAGES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga",
            "hr", "hu", "is", "it", "lt", "lv", "mt", "nl", "no", "pl", "pt", "ro", "sk", "sl", "sv");

    private static final Path FIXTURES = Path.of("src/test/resources/languages");
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 1);
    /** The English words that must not show on a page in another language, unless that language writes them alike. */
    private static final List<String> ENGLISH_KEYS = List.of("summary.title", "toc.title", "nav.skip", "nav.archive",
            "section.purposes", "section.rights", "section.complaint", "section.changes", "label.dataUsed",
            "label.email", "rights.text", "complaint.text", "changes.list.title", "changes.redline.title",
            "notice.greeting", "notice.list", "status.current", "right.erasure.title", "right.object.text",
            "basis.consent", "safeguard.data-privacy-framework", "period.day.other", "period.year.other");
    /** Where to keep the sites, to read them: -Dplainpolicy.languages.out=/tmp/languages. */
    private static final String KEEP = "plainpolicy.languages.out";
    private static final Pattern UNFILLED = Pattern.compile("\\{\\d[^}]*}");

    @TempDir
    Path work;

    static List<String> languages() {
        return LANGUAGES;
    }

    @Test
    void everyLanguageHasItsPolicyAndItsBundle() {
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            if (!Files.isRegularFile(FIXTURES.resolve(language).resolve("policy/site.yaml"))) {
                missing.add(language + ": no policy under " + FIXTURES.resolve(language));
            }
            if (EveryLanguageTest.class.getResource(bundle(language)) == null) {
                missing.add(language + ": the theme ships no " + bundle(language));
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void validatesAndBuildsWithNoFindingsAndSpeaksItsLanguage(String language) throws Exception {
        Path fixture = FIXTURES.resolve(language).resolve("policy");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(fixture), "no policy in " + language + " yet");
        Path policy = TestFiles.copy(fixture, work.resolve("policy"));
        Path site = System.getProperty(KEEP) == null ? work.resolve("site") : kept(language);

        PlainPolicy.CheckResult checked = PlainPolicy.standard().check(policy);
        assertEquals("", lines(checked.findings(), policy), "validate");
        PlainPolicy.BuildResult built = PlainPolicy.standard().build(policy, site, TODAY);
        assertEquals("", lines(built.check().findings(), policy), "build");

        List<String> pages = pages(site);
        assertTrue(pages.size() >= 8, () -> "pages: " + pages);
        Properties own = theme(language);
        Properties english = theme("en");
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            String html = Files.readString(site.resolve(page));
            if (page.endsWith(".html") && html.contains("<html") && !html.contains("<html lang=\"" + language + "\"")) {
                problems.add(page + ": not marked as lang=\"" + language + "\"");
            }
            Matcher unfilled = UNFILLED.matcher(html);
            if (unfilled.find()) {
                problems.add(page + ": a placeholder left unfilled: " + unfilled.group());
            }
            for (String key : ENGLISH_KEYS) {
                String word = english.getProperty(key).replaceAll("\\{\\d}", "").strip();
                if (!language.equals("en") && !word.equals(own.getProperty(key, "").replaceAll("\\{\\d}", "").strip())
                        && word.length() > 6 && html.contains(word)) {
                    problems.add(page + ": shows the English '" + word + "' (" + key + ")");
                }
            }
        }
        problems.addAll(pdfProblems(site));
        assertEquals(List.of(), problems);
        assertFalse(Files.readString(site.resolve("index.html")).contains("Germany") && !language.equals("en"),
                "the authority's address names its country in English");
    }

    /**
     * Each PDF passes PDF/UA-1, embeds its fonts, and holds its page's headings as the page writes
     * them: a letter the font lacked would be missing from the PDF's text.
     */
    private static List<String> pdfProblems(Path site) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> pdfs;
        try (Stream<Path> files = Files.walk(site)) {
            pdfs = files.map(f -> site.relativize(f).toString()).filter(f -> f.endsWith(".pdf")).sorted().toList();
        }
        if (pdfs.size() != 2) {
            problems.add("PDFs: " + pdfs);
        }
        for (String pdf : pdfs) {
            byte[] bytes = Files.readAllBytes(site.resolve(pdf));
            PdfChecks.pdfUaFailures(bytes).forEach(f -> problems.add(pdf + ": " + f));
            PdfChecks.fontsNotEmbedded(bytes).forEach(f -> problems.add(pdf + ": the font " + f + " is not embedded"));
            String text = PdfChecks.text(bytes);
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve(pdf.replace("policy.pdf", "index.html"))
                    .toFile(), "UTF-8");
            for (String heading : page.select("main h1, main section.policy-section > h2").eachText()) {
                if (!text.contains(heading)) {
                    problems.add(pdf + ": the heading '" + heading + "' is not in the PDF's text");
                }
            }
        }
        return problems;
    }

    /** A fresh directory for the site that is kept: the last run's site would hold versions this policy never locked. */
    private static Path kept(String language) throws IOException {
        Path site = Path.of(System.getProperty(KEEP), language);
        TestFiles.delete(site);
        return site;
    }

    private static String lines(List<org.plainpolicy.model.Finding> findings, Path policy) {
        return findings.stream().map(f -> f.toLine(policy) + "\n").collect(Collectors.joining());
    }

    private static List<String> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).map(f -> site.relativize(f).toString())
                    .filter(f -> f.endsWith(".html") || f.endsWith(".txt") || f.endsWith(".xml")).sorted().toList();
        }
    }

    private static String bundle(String language) {
        return "/org/plainpolicy/theme/messages_" + language + ".properties";
    }

    private static Properties theme(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EveryLanguageTest.class.getResourceAsStream(bundle(language))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

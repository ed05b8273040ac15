package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.model.Finding;

/**
 * A project's messages files: a language the theme does not ship takes its words from the
 * project's file alone, which must have every message; no message is ever taken from English or
 * another language; a key the theme does not know is a warning. validate and build agree.
 */
class ProjectBundlesTest {

    private static final Path VALID = Path.of("src/test/resources/cases/valid/policy");
    /** A shop with Luxembourgish as its only language, and no Luxembourgish words: a language no theme bundle covers. */
    private static final Path LUXEMBOURGISH = Path.of("src/test/resources/render/untranslated/policy");
    private static final Path CASES = Path.of("src/test/resources/render/bundles");
    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);
    private static final String MISSING_ADVICE = "; the theme has no words in 'lb' of its own, so copy them from "
            + "the theme's messages_en.properties and translate them";

    @Test
    void aLuxembourgishShopWithoutLuxembourgishWordsGetsOneClearErrorInValidateAsInBuild(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(LUXEMBOURGISH, dir.resolve("policy"));
        List<Finding> checked = PlainPolicy.standard().check(policy).findings();
        PlainPolicy.BuildResult built = PlainPolicy.standard().build(policy, dir.resolve("site"), TODAY);
        assertEquals(checked, built.check().findings());
        assertEquals(List.of("site.yaml:4:1: the theme has no words in 'lb' for the site's headings and labels; add "
                + "templates/messages_lb.properties with every message of the theme's messages_en.properties, "
                + "translated"), errors(policy, checked));
        assertEquals(0, built.filesWritten());
    }

    @Test
    void aCompleteProjectFileIsEnoughForALanguageTheThemeDoesNotShip(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(LUXEMBOURGISH, dir.resolve("policy"));
        TreeMap<String, String> luxembourgish = new TreeMap<>(english());
        luxembourgish.put("summary.title", "Kuerz gesot");
        writeMessages(policy, luxembourgish);
        BuiltSite site = BuiltSite.build(policy, dir.resolve("site"), TODAY);
        assertEquals(List.of(), errors(site.root().resolveSibling("site-policy"), site.result().check().findings()));
        String page = site.read("index.html");
        assertTrue(page.contains("Kuerz gesot"), page);
        assertFalse(page.contains("In short"), page);
    }

    @Test
    void aProjectFileThatLacksMessagesNamesEachOneInValidateAsInBuild(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(LUXEMBOURGISH, dir.resolve("policy"));
        TreeMap<String, String> luxembourgish = new TreeMap<>(english());
        List.of("summary.title", "nav.skip", "banner.past").forEach(luxembourgish::remove);
        writeMessages(policy, luxembourgish);
        List<Finding> checked = PlainPolicy.standard().check(policy).findings();
        PlainPolicy.BuildResult built = PlainPolicy.standard().build(policy, dir.resolve("site"), TODAY);
        assertEquals(checked, built.check().findings());
        assertEquals(List.of("templates/messages_lb.properties:1:1: 'messages_lb.properties' lacks 3 of the "
                + english().size() + " messages the site needs: banner.past, nav.skip, summary.title"
                + MISSING_ADVICE), errors(policy, checked));
        assertEquals(0, built.filesWritten(), "no page shows English instead");
    }

    /**
     * Ukrainian counts in three forms (1 день, 2 дні, 5 днів), not in English's two: a file copied from
     * English lacks the forms "few" and "many" of each period, and its "other" forms are no message of
     * the theme in Ukrainian.
     */
    @Test
    void aFileForALanguageTheThemeDoesNotSpeakNeedsThatLanguagesPluralForms(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("templates/messages_uk.properties");
        Files.createDirectories(file.getParent());
        Properties properties = new Properties();
        properties.putAll(english());
        try (var out = Files.newBufferedWriter(file)) {
            properties.store(out, null);
        }
        List<Finding> findings = MessageFile.read(org.plainpolicy.load.ProjectFiles.in(dir), file, "uk").findings();
        List<String> errors = findings.stream().filter(Finding::isError).map(Finding::message).toList();
        assertEquals(List.of("'messages_uk.properties' lacks 8 of the " + ThemeBundle.keys("uk").size()
                + " messages the site needs: period.day.few, period.day.many, period.month.few, period.month.many, "
                + "period.week.few, period.week.many, period.year.few, period.year.many" + MISSING_ADVICE
                .replace("lb'", "uk'")), errors);
        assertEquals(4, findings.stream().filter(f -> !f.isError() && f.message().startsWith("'period.")
                && f.message().contains("is not a message of the theme")).count(), findings::toString);
    }

    @Test
    void aLongListOfMissingMessagesNamesTheFirstTwentyAndCountsTheRest(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(LUXEMBOURGISH, dir.resolve("policy"));
        TestFiles.copy(CASES.resolve("partial-lb"), policy);
        List<String> missing = new ArrayList<>(english().keySet());
        missing.removeAll(List.of("date.pattern", "summary.title"));
        String expected = "templates/messages_lb.properties:1:1: 'messages_lb.properties' lacks " + missing.size()
                + " of the " + english().size() + " messages the site needs: "
                + String.join(", ", missing.subList(0, 20)) + " and " + (missing.size() - 20) + " more"
                + MISSING_ADVICE;
        List<Finding> checked = PlainPolicy.standard().check(policy).findings();
        assertEquals(List.of(expected), errors(policy, checked));
        assertEquals(checked, PlainPolicy.standard().build(policy, dir.resolve("site"), TODAY).check().findings());
    }

    @Test
    void aKeyTheThemeDoesNotKnowIsAWarningAtItsPlaceWithTheKeyItWasMeantToBe(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(VALID, dir.resolve("policy"));
        TestFiles.copy(CASES.resolve("unknown-key"), policy);
        List<Finding> checked = PlainPolicy.standard().check(policy).findings();
        assertEquals(List.of(
                "templates/messages_en.properties:2:1: warning: 'summary.titel' is not a message of the theme, so no "
                        + "page of the theme shows it; did you mean 'summary.title'?",
                "templates/messages_en.properties:3:3: warning: 'house.motto' is not a message of the theme, so no "
                        + "page of the theme shows it; check its name against the theme's messages_en.properties, or "
                        + "keep it only if a template of templates/ asks for it"), lines(policy, checked));
        PlainPolicy.BuildResult built = PlainPolicy.standard().build(policy, dir.resolve("site"), TODAY);
        assertEquals(checked, built.check().findings());
        assertTrue(built.filesWritten() > 0, "a warning does not stop the build");
    }

    @Test
    void aMessageTheLanguageLacksIsAFindingAndNeverAnotherLanguagesText(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("policy/templates"));
        Files.writeString(templates.resolve("messages_fr.properties"), "nav.skip=Aller à la politique\n");
        Theme theme = Theme.load(templates);
        assertEquals("Aller à la politique", theme.messages("fr").get("nav.skip"));
        assertTrue(english().keySet().stream().allMatch(theme.messages("fr")::has), "the rest stays the theme's");
        ThemeException missing = assertThrows(ThemeException.class, () -> theme.messages("fr").get("summary.titel"));
        assertEquals(List.of("templates/messages_fr.properties:1:1: there is no message 'summary.titel' in 'fr'; "
                + "add it to templates/messages_fr.properties"), lines(dir.resolve("policy"), missing.findings()));
        ThemeException unspoken = assertThrows(ThemeException.class, () -> theme.messages("lb"));
        assertEquals(List.of("theme/messages_lb.properties:1:1: there is no message 'date.pattern' in 'lb'; add it to "
                + "templates/messages_lb.properties"), lines(Path.of(""), unspoken.findings()));
    }

    /** The theme's English bundle, read here on its own. */
    private static TreeMap<String, String> english() throws IOException {
        Properties properties = new Properties();
        try (var in = ProjectBundlesTest.class.getResourceAsStream("/org/plainpolicy/theme/messages_en.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeMap<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    private static void writeMessages(Path policy, TreeMap<String, String> texts) throws IOException {
        Properties properties = new Properties();
        properties.putAll(texts);
        Files.createDirectories(policy.resolve("templates"));
        try (var out = Files.newBufferedWriter(policy.resolve("templates/messages_lb.properties"))) {
            properties.store(out, "Luxembourgish words");
        }
    }

    private static List<String> errors(Path policy, List<Finding> findings) {
        return lines(policy, findings.stream().filter(Finding::isError).collect(Collectors.toList()));
    }

    private static List<String> lines(Path policy, List<Finding> findings) {
        return findings.stream().map(f -> {
            String line = f.toLine(policy);
            return line.substring(0, line.lastIndexOf(" [")).replace(": error: ", ": ");
        }).toList();
    }
}

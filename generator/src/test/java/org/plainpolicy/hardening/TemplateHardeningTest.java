package org.plainpolicy.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.model.Finding;

/**
 * The files of {@code templates/} are untrusted: each attack is a finding at the file and line,
 * in {@code validate} as in {@code build} where the check can see it, and the build writes nothing.
 */
class TemplateHardeningTest {

    private static final Path VALID = Path.of("src/test/resources/cases/valid/policy");
    private static final Path CASES = Path.of("src/test/resources/hardening/templates");
    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);
    private static final String SECRET = "AWS_SECRET_ACCESS_KEY=hunter2";

    @Test
    void aStylesheetLinkedToASecretIsRefusedAndTheSecretIsShownNowhere(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "none");
        Path secret = Files.writeString(dir.resolve("environ"), SECRET);
        Files.createDirectories(policy.resolve("templates"));
        Files.createSymbolicLink(policy.resolve("templates/style.css"), secret);
        String expected = "templates/style.css:1:1: 'style.css' is a symbolic link to a file outside the policy "
                + "directory (" + secret.toRealPath() + "); copy the file here instead";
        assertEquals(List.of(expected), lines(policy, check(policy)));
        PlainPolicy.BuildResult build = build(policy, dir.resolve("site"));
        assertEquals(List.of(expected), lines(policy, build.check().findings()));
        assertEquals(0, build.filesWritten());
        assertFalse(contains(dir.resolve("site"), SECRET), "the secret reached the site");
        assertFalse(build.check().findings().toString().contains("hunter2"));
    }

    @Test
    void anIncludeOutOfTheTemplatesIsRefused(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "include-escape");
        String expected = "templates/sections/security.vm:2:1: #include(\"../../../../proc/self/environ\") is "
                + "refused: " + NAMES;
        assertEquals(List.of(expected), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), expected);
    }

    @Test
    void aParseOfAPolicyFileIsRefused(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "parse-escape");
        String expected = "templates/archive.vm:2:6: #parse(\"../versions/2019-03-01.en.yaml\") is refused: " + NAMES;
        assertEquals(List.of(expected), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), expected);
    }

    @Test
    void aParseOfAComputedNameIsRefusedWhenThePageIsMade(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "parse-computed");
        assertEquals(List.of(), lines(policy, check(policy)), "the check cannot know the name");
        assertBuildFails(policy, dir.resolve("site"),
                "templates/archive.vm:3:1: #parse(\"../versions/2019-03-01.en.yaml\") is refused: " + NAMES);
    }

    @Test
    void anEvaluateThatWouldRunPolicyTextIsRefused(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "evaluate");
        String expected = "templates/version.vm:2:1: #evaluate is refused: it runs a text as a template, and the text "
                + "of a policy is shown, never run; print the value as it is instead";
        assertEquals(List.of(expected), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), expected);
    }

    @Test
    void aTemplateLinkedOutOfTheProjectIsRefused(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "none");
        Path outside = Files.writeString(dir.resolve("version.vm"), "<main>" + SECRET + "</main>");
        Files.createDirectories(policy.resolve("templates"));
        Files.createSymbolicLink(policy.resolve("templates/version.vm"), outside);
        String expected = "templates/version.vm:1:1: 'version.vm' is a symbolic link to a file outside the policy "
                + "directory (" + outside.toRealPath() + "); copy the file here instead";
        assertEquals(List.of(expected), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), expected);
        assertFalse(contains(dir.resolve("site"), SECRET));
    }

    @Test
    void aTemplatesFolderLinkedOutOfTheProjectIsRefused(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "none");
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(outside.resolve("style.css"), SECRET);
        Files.createSymbolicLink(policy.resolve("templates"), outside);
        String expected = "templates:1:1: 'templates' is a symbolic link to a directory outside the policy directory ("
                + outside.toRealPath() + "); copy its files here instead";
        assertEquals(List.of(expected), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), expected);
        assertFalse(contains(dir.resolve("site"), SECRET));
    }

    @Test
    void anOversizedTemplateIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "none");
        Files.createDirectories(policy.resolve("templates"));
        Files.writeString(policy.resolve("templates/layout.vm"), "<!-- " + "x".repeat(2 * 1024 * 1024) + " -->");
        String expected = "templates/layout.vm:1:1: 'layout.vm' is 2048 KiB; a template, stylesheet or messages file may be at most 1024 KiB";
        assertEquals(List.of(expected), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), expected);
    }

    @Test
    void aMessagesFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "none");
        Files.createDirectories(policy.resolve("templates"));
        Files.write(policy.resolve("templates/messages_en.properties"), "nav.skip=Aller au contenu \u00e9\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        String expected = "templates/messages_en.properties:1:1: 'messages_en.properties' is not UTF-8 text; save "
                + "it as UTF-8 in your editor";
        assertEquals(List.of(expected), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), expected);
    }

    @Test
    void aDatePatternThatIsNotOneIsAFindingAtItsLine(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "bad-date");
        String expected = "templates/messages_en.properties:2:1: 'd MMMM yyyy {' is not a date pattern (Pattern "
                + "includes reserved character: '{'); write one such as d MMMM yyyy, with d for the day, MMMM for "
                + "the month's name and yyyy for the year";
        assertEquals(List.of(expected), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), expected);
    }

    @Test
    void aPlaceholderNeverClosedIsAFindingAtItsLine(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "open-brace");
        String expected = "templates/messages_en.properties:3:1: the message 'banner.past' cannot be filled in "
                + "(Unmatched braces in the pattern.); every '{' must start a placeholder such as {0} and be "
                + "closed by '}'";
        assertEquals(List.of(expected), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), expected);
    }

    @Test
    void aBadUnicodeEscapeIsAFindingAtItsPlace(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "bad-escape");
        String expected = "templates/messages_en.properties:2:26: this \\u escape is not four hexadecimal digits "
                + "(such as \\u00e9 for é); since the file is UTF-8, write the letter itself";
        assertEquals(List.of(expected), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), expected);
    }

    @Test
    void aTemplateSyntaxErrorIsAFindingAtItsLine(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "syntax-error");
        String expected = "templates/archive.vm:3:2: this is not a template Velocity can read: Encountered \"/\"; "
                + "check the #if, #foreach and #end, the quotes and the parentheses here";
        assertEquals(List.of(expected), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), expected);
    }

    @Test
    void anUndefinedReferenceFailsTheBuildAtItsPlaceAndKeepsThePreviousSite(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "none");
        Path site = dir.resolve("site");
        assertTrue(build(policy, site).filesWritten() > 0);
        String before = Files.readString(site.resolve("index.html"));
        TestFiles.copy(CASES.resolve("undefined-reference"), policy);
        assertEquals(List.of(), lines(policy, check(policy)), "only the rendering can tell");
        assertBuildFails(policy, site, "templates/archive.vm:2:7: Variable $nope has not been set; a template may use "
                + "only the values the generator gives it ($page, $msg, and those of the theme's template of the same "
                + "name)");
        assertEquals(before, Files.readString(site.resolve("index.html")), "the previous site stays");
    }

    @Test
    void aMethodThatFailsWhenThePageIsMadeIsAFindingAtItsPlace(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "missing-message");
        assertEquals(List.of(), lines(policy, check(policy)), "only the rendering can tell");
        assertBuildFails(policy, dir.resolve("site"), "templates/archive.vm:2:12: $msg.get(...) cannot "
                + "be shown: there is no message 'archive.heading' in 'en'; add it to templates/messages_en.properties");
    }

    @Test
    void aTemplateThatPrintsAScriptFailsTheSafetyCheck(@TempDir Path dir) throws Exception {
        Path policy = project(dir, "script");
        assertEquals(List.of(), lines(policy, check(policy)));
        assertBuildFails(policy, dir.resolve("site"), "templates/archive.vm:1:1: the page versions/index.html made with "
                + "archive.vm would have a <script> element; a template may change the layout and the markup, but "
                + "may not publish script, event handlers, frames, objects, forms or javascript: and data: addresses");
    }

    private static final String NAMES = "#parse and #include take only the name of a template of templates/ or of "
            + "the theme, such as \"sections/party.vm\" (letters, digits, '-', '_' and '.', folders joined by '/', "
            + "ending in .vm, no '..')";

    private static Path project(Path dir, String overlay) throws IOException {
        Path policy = TestFiles.copy(VALID, dir.resolve("policy"));
        if (Files.isDirectory(CASES.resolve(overlay))) {
            TestFiles.copy(CASES.resolve(overlay), policy);
        }
        return policy;
    }

    private static List<Finding> check(Path policy) {
        return PlainPolicy.standard().check(policy).findings();
    }

    private static PlainPolicy.BuildResult build(Path policy, Path site) throws Exception {
        return PlainPolicy.standard().build(policy, site, TODAY);
    }

    private static void assertBuildFails(Path policy, Path site, String expected) throws Exception {
        PlainPolicy.BuildResult build = build(policy, site);
        assertEquals(List.of(expected), lines(policy, build.check().findings()));
        assertEquals(0, build.filesWritten());
    }

    private static List<String> lines(Path policy, List<Finding> findings) {
        return findings.stream().map(f -> {
            String line = f.toLine(policy);
            return line.substring(0, line.lastIndexOf(" [")).replace(": error: ", ": ");
        }).toList();
    }

    private static boolean contains(Path site, String text) throws IOException {
        if (!Files.exists(site)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}

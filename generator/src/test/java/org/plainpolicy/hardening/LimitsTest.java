package org.plainpolicy.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.render.Markdown;
import org.plainpolicy.SiteWriteException;

/**
 * The loader's limits, one test per attack: aliases measured by what they expand to, the size of a
 * version, Markdown nesting, images and links without a scheme, control characters. Each attack
 * gives exactly the expected findings, the same in {@code validate} and {@code build}, and nothing is
 * built. The small attacks are files under {@code hardening/limits/}; the large ones are made here.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LimitsTest {

    private static final Path VALID = Path.of("src/test/resources/cases/valid/policy");
    private static final Path ATTACKS = Path.of("src/test/resources/hardening/limits");
    private static final String VERSION = "versions/2019-03-01.en.yaml";
    /** The line of the first purpose's description in the valid version, where the Markdown attacks are. */
    private static final String DESCRIPTION = VERSION + ":14:18: error: ";

    @TempDir
    Path dir;

    @Test
    void aliasesOfAPlainValueThatExpandBeyondFourMebibytesAreRefusedAtTheAliasThatCrossesIt() throws IOException, SiteWriteException {
        // The attack: an 84 KB file whose aliases of one 64 KiB value made a 376 MB site.
        Path policy = project();
        try (Writer out = Files.newBufferedWriter(policy.resolve(VERSION), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND)) {
            out.write("intro: &words \"" + "We keep it. ".repeat(64 * 1024 / 12) + "\"\nchanges:\n");
            for (int i = 0; i < 300; i++) {
                out.write("  - *words\n");
            }
        }
        // 4 MiB of text is reached at the 63rd alias; the version's 59 lines, the anchor and `changes:` precede.
        assertRefused(policy, VERSION + ":" + (61 + 63) + ":5: error: with what its aliases repeat, this file holds "
                + "more than 4 MiB of text, more than a policy file may; write the values out instead of repeating "
                + "them with aliases (*name) [YAML]");
    }

    @Test
    void moreThanAThousandAliasesOfAnyKindAreRefused() throws IOException, SiteWriteException {
        Path policy = project();
        StringBuilder aliases = new StringBuilder("intro: &word Hello\nchanges:\n");
        for (int i = 0; i < 20_000; i++) {
            aliases.append("  - *word\n");
        }
        Files.writeString(policy.resolve(VERSION), aliases, StandardOpenOption.APPEND);
        assertRefused(policy, VERSION + ":" + (61 + 1001) + ":5: error: more than 1000 aliases (*word) repeat values; "
                + "write the values out [YAML]");
    }

    @Test
    void anAliasInsideTheListItNamesIsRefused() throws IOException, SiteWriteException {
        Path policy = project();
        Files.writeString(policy.resolve(VERSION), "intro: &loop [*loop]\n", StandardOpenOption.APPEND);
        assertRefused(policy, VERSION + ":60:15: error: the alias *loop repeats the list or mapping it is inside, "
                + "which never ends; write the values out [YAML]");
    }

    @Test
    void aFewAliasesOfPlainValuesStillWork() throws IOException, SiteWriteException {
        Path policy = project();
        Path version = policy.resolve(VERSION);
        Files.writeString(version, Files.readString(version).replace("\n  country: FR\n", "\n  country: &home FR\n")
                .replace("    country: FR\n", "    country: *home\n"));
        assertTrue(Files.readString(version).contains("*home"));
        assertEquals("", findings(policy));
    }

    @Test
    void aVersionOfManyDistinctValuesIsBoundedByTheFileSizeLimit() throws IOException, SiteWriteException {
        // Without aliases, a version's text is what its file holds, and a file may hold at most 4 MiB.
        Path policy = project();
        try (Writer out = Files.newBufferedWriter(policy.resolve(VERSION), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND)) {
            out.write("changes:\n");
            for (int i = 0; i < 300_000; i++) {
                out.write("  - Change number " + i + ".\n");
            }
        }
        String findings = findings(policy);
        assertTrue(findings.startsWith(VERSION + ":1:1: error: ") && findings.contains("a policy file may be at most 4096 KiB"),
                findings);
        assertNothingBuilt(policy);
    }

    @Test
    void blockQuotesNestedThreeThousandLevelsDeepAreRefused() throws IOException, SiteWriteException {
        assertRefused(attack("deep-block-quotes.yaml"), DESCRIPTION + "block quotes and lists are nested 3000 levels "
                + "deep in this text; a policy needs two or three: write it with at most 16 [format]");
    }

    @Test
    void listsNestedThreeThousandLevelsDeepAreRefused() throws IOException, SiteWriteException {
        assertRefused(attack("deep-lists.yaml"), DESCRIPTION + "block quotes and lists are nested 3000 levels "
                + "deep in this text; a policy needs two or three: write it with at most 16 [format]");
    }

    @Test
    void emphasisNestedThreeThousandLevelsDeepIsRefused() throws IOException, SiteWriteException {
        assertRefused(attack("deep-emphasis.yaml"), DESCRIPTION + "emphasis and links are nested 3000 levels "
                + "deep in this text; a policy needs one or two: write it with at most 16 [format]");
    }

    @Test
    void anImageFromAnotherSiteIsRefused() throws IOException, SiteWriteException {
        assertRefused(attack("external-image.yaml"), DESCRIPTION + "the text shows an image "
                + "(https://tracker.example/p.gif); policy text shows no images, which load from another site when "
                + "the page is read and can track its readers: write a link to it instead, [what it shows](https://…) "
                + "[format]");
    }

    @Test
    void aLinkWithoutASchemeIsRefused() throws IOException, SiteWriteException {
        assertRefused(attack("scheme-less-link.yaml"), DESCRIPTION + "the link '//evil.example/form' has no scheme; "
                + "write the full address, starting with https:// [format]");
    }

    @Test
    void aMailtoLinkInPolicyTextThatCopiesMessagesToSomeoneElseIsRefused() throws IOException, SiteWriteException {
        assertRefused(attack("mailto-with-hidden-copy.yaml"), DESCRIPTION + "the link 'mailto:privacy@tinyco.example"
                + "?bcc=spy@evil.example' is not one plain e-mail address; a mailto: link may hold nothing else (no "
                + "?cc=, ?bcc= or encoded characters, which could copy messages to someone else): write it as "
                + "mailto:privacy@example.com [format]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAILTO:privacy@tinyco.example?cc=spy@evil.example", "mailto:privacy%40tinyco.example",
            "mailto:a@tinyco.example,spy@evil.example", "mailto:?to=spy@evil.example"})
    void everyMailtoLinkButOnePlainAddressIsRefused(String address) throws IOException, SiteWriteException {
        Path policy = project();
        Path version = policy.resolve(VERSION);
        Files.writeString(version, Files.readString(version).replace("Your name and email address.\n",
                "\"Write to [us](" + address + ").\"\n"));
        String findings = findings(policy);
        assertTrue(findings.contains("is not one plain e-mail address") && findings.lines().count() == 1, findings);
        assertNothingBuilt(policy);
    }

    @Test
    void aPlainMailtoLinkInPolicyTextIsFine() throws IOException, SiteWriteException {
        Path policy = project();
        Path version = policy.resolve(VERSION);
        Files.writeString(version, Files.readString(version).replace("Your name and email address.\n",
                "\"Write to [us](mailto:privacy@tinyco.example).\"\n"));
        assertEquals("", findings(policy));
    }

    /** The spellings that a browser reads as {@code //evil.example}, each behind a character the pre-scan looks for. */
    @ParameterizedTest
    @ValueSource(strings = {"Ask with [our form](\\\\\\\\evil.example).", "Ask with [our form](/\\evil.example).",
            "Ask with [our form](</\t/evil.example>).", "Ask with [our form](&#47;&#47;evil.example).",
            "Ask with [our form](\\/\\/evil.example).", "Ask with [our form].\n\n[our form]: //evil.example"})
    void everySpellingOfALinkWithoutASchemeIsRefused(String markdown) throws IOException, SiteWriteException {
        Path policy = project();
        Path version = policy.resolve(VERSION);
        String literal = "|\n" + markdown.lines().map(line -> "      " + line + "\n").collect(Collectors.joining());
        Files.writeString(version, Files.readString(version).replace("Your name and email address.\n", literal));
        String findings = findings(policy);
        assertTrue(findings.startsWith(DESCRIPTION + "the link '") && findings.contains("' has no scheme; write the full "
                + "address, starting with https:// [format]") && findings.lines().count() == 1, findings);
        assertNothingBuilt(policy);
    }

    @Test
    void aControlCharacterInAChangesNoteIsRefused() throws IOException, SiteWriteException {
        assertRefused(attack("control-character-in-changes.yaml"), VERSION + ":61:5: error: the value holds the "
                + "control character U+001B, which no text may hold; remove it [format]");
    }

    @Test
    void aControlCharacterInSiteYamlIsRefused() throws IOException, SiteWriteException {
        Path policy = project();
        Files.copy(ATTACKS.resolve("control-character-in-site.yaml"), policy.resolve("site.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        assertRefused(policy, "site.yaml:1:7: error: the value holds the control character U+0001, which no text may "
                + "hold; remove it [format]");
    }

    @Test
    void aControlCharacterInAKeyIsRefused() throws IOException, SiteWriteException {
        Path policy = project();
        Files.writeString(policy.resolve(VERSION), "\"intro\\e[2J\": Hello.\n", StandardOpenOption.APPEND);
        assertRefused(policy, VERSION + ":60:1: error: the key holds the control character U+001B; remove it [format]");
    }

    /** DEL and the C1 controls too; tab, line feed and carriage return are text. */
    @ParameterizedTest
    @ValueSource(strings = {"\\x00", "\\x07", "\\x7F", "\\x85", "\\x9F", "\\e", "\\N"})
    void everyControlCharacterIsRefused(String escape) throws IOException, SiteWriteException {
        Path policy = project();
        Path version = policy.resolve(VERSION);
        Files.writeString(version, Files.readString(version).replace("Your name and email address.",
                "\"Your name\\tand\\r\\nemail " + escape + "address.\""));
        String findings = findings(policy);
        assertTrue(findings.matches("\\Q" + DESCRIPTION + "the value holds the control character U+\\E00[0-9A-F]{2}\\Q, which "
                + "no text may hold; remove it [format]\\E\n"), findings);
        assertNothingBuilt(policy);
    }

    @Test
    void theRendererShowsNoImageNorLinkWithoutASchemeAndShowsDeepTextAsPlainText() {
        // What the loader refuses never reaches the renderer; the renderer holds to the same rules for what else it is given.
        Markdown markdown = new Markdown();
        assertEquals("<p>Our logo</p>", markdown.block("![Our logo](https://tracker.example/p.gif)").html());
        assertEquals("<a rel=\"nofollow\" href=\"\">our form</a>", markdown.inline("[our form](//evil.example)").html());
        assertEquals("<a rel=\"nofollow\" href=\"\">our form</a>", markdown.inline("[our form](\\\\\\\\evil.example)").html());
        String deep = "> ".repeat(3000) + "x";
        assertEquals("<p>" + "&gt; ".repeat(3000) + "x</p>", markdown.block(deep).html());
        assertFalse(markdown.inline("*a ".repeat(3000) + "x" + " b*".repeat(3000)).html().contains("<em>"));
    }

    private Path project() throws IOException, SiteWriteException {
        return TestFiles.copy(VALID, dir.resolve("policy"));
    }

    private Path attack(String name) throws IOException, SiteWriteException {
        Path policy = project();
        Files.copy(ATTACKS.resolve(name), policy.resolve(VERSION), StandardCopyOption.REPLACE_EXISTING);
        return policy;
    }

    /** The findings are exactly {@code expected}, in validate as in build, and the build writes nothing. */
    private void assertRefused(Path policy, String expected) throws IOException, SiteWriteException {
        assertEquals(expected + "\n", findings(policy));
        assertNothingBuilt(policy);
    }

    private void assertNothingBuilt(Path policy) throws IOException, SiteWriteException {
        Path site = dir.resolve("site");
        PlainPolicy.BuildResult result = PlainPolicy.standard().build(policy, site, LocalDate.of(2019, 6, 1));
        assertEquals(findings(policy), lines(result.check(), policy));
        assertEquals(0, result.filesWritten());
        assertFalse(Files.exists(site.resolve("index.html")));
    }

    private static String findings(Path policy) {
        return lines(PlainPolicy.standard().check(policy), policy);
    }

    private static String lines(PlainPolicy.CheckResult result, Path policy) {
        return result.findings().stream().map(f -> f.toLine(policy) + "\n").collect(Collectors.joining());
    }
}

package org.plainpolicy.cli;

import org.plainpolicy.TestFiles;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plainpolicy.Golden;

class MainTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    static Stream<Path> cases() {
        return Golden.cases("cases").stream();
    }

    @Test
    void aCleanPolicyExitsWithZero() {
        Run run = run("validate", "src/test/resources/cases/valid/policy");
        assertAll(
                () -> assertEquals(0, run.exit()),
                () -> assertEquals("", run.out()),
                () -> assertTrue(run.err().contains("No problems found."), run.err()));
    }

    @Test
    void errorsExitWithOneAndPrintOneLinePerFinding() {
        Run run = run("validate", "src/test/resources/cases/yaml-bad-values/policy");
        assertEquals(1, run.exit());
        assertTrue(run.out().lines().allMatch(line -> line.matches(
                "src/test/resources/cases/yaml-bad-values/policy/versions/2019-03-01\\.en\\.yaml:\\d+:\\d+: "
                        + "error: .+ \\[[^\\]]+\\]")), run.out());
    }

    @Test
    void warningsExitWithZeroUnlessFailOnWarning(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/cases/valid/policy"), dir.resolve("policy"));
        Path file = policy.resolve("versions/2019-03-01.en.yaml");
        // A transfer to a country inside the EEA is needless: a warning, not an error.
        Files.writeString(file, Files.readString(file).replace("transfers:\n", "transfers:\n"
                + "  - recipient: host\n    country: FR\n    safeguard: standard-contractual-clauses\n"
                + "    copy: https://tinyco.example/scc.pdf\n"));
        assertEquals(0, run("validate", policy.toString()).exit());
        Run strict = run("validate", "--fail-on-warning", policy.toString());
        assertEquals(1, strict.exit());
        assertTrue(strict.out().contains(": warning: "), strict.out());
    }

    @Test
    void buildWritesTheSiteAndAFailedBuildLeavesThePreviousOneUntouched(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/cases/valid/policy"), dir.resolve("policy"));
        Path out = dir.resolve("site");
        Run built = run("build", policy.toString(), "-o", out.toString(), "--today", "2019-06-01");
        assertEquals(0, built.exit(), built.err());
        String before = Files.readString(out.resolve("index.html"));

        Path file = policy.resolve("versions/2019-03-01.en.yaml");
        Files.writeString(file, Files.readString(file).replace("    legalBasis: contract\n", ""));
        Run broken = run("build", policy.toString(), "-o", out.toString(), "--today", "2019-06-01");
        assertEquals(1, broken.exit());
        assertTrue(broken.out().contains("[GDPR Art. 13(1)(c)]"), broken.out());
        assertTrue(broken.err().contains("nothing written"), broken.err());
        assertEquals(before, Files.readString(out.resolve("index.html")));
    }

    @Test
    void aSecondBuildWithNothingChangedDoesNoWork(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/cases/valid/policy"), dir.resolve("policy"));
        Path out = dir.resolve("site");
        assertEquals(0, run("build", policy.toString(), "-o", out.toString(), "--today", "2019-06-01").exit());
        long written = Files.getLastModifiedTime(out.resolve("index.html")).toMillis();
        Run again = run("build", policy.toString(), "-o", out.toString(), "--today", "2019-06-01");
        assertEquals(0, again.exit());
        assertTrue(again.err().contains("up to date"), again.err());
        assertEquals(written, Files.getLastModifiedTime(out.resolve("index.html")).toMillis());
        Run otherDay = run("build", policy.toString(), "-o", out.toString(), "--today", "2019-06-02");
        assertTrue(otherDay.err().contains("wrote"), "another day may change which version is current");
    }

    @Test
    void buildWritesBesideThePolicyByDefault(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/cases/valid/policy"), dir.resolve("policy"));
        assertEquals(0, run("build", policy.toString(), "--today", "2019-06-01").exit());
        assertTrue(Files.isRegularFile(dir.resolve("target/plainpolicy/index.html")));
    }

    @Test
    void ropaWritesTheRecordBesideThePolicyByDefault(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/ropa-cases/complete/policy"), dir.resolve("policy"));
        Run run = run("ropa", policy.toString(), "--today", "2019-06-01");
        assertEquals(0, run.exit(), run.err());
        for (String file : new String[] {"ropa.csv", "ropa.xlsx", "ropa.html"}) {
            assertTrue(Files.isRegularFile(dir.resolve("target/ropa").resolve(file)), file);
        }
        assertTrue(run.err().contains("wrote the record of processing of version 2019-03-01"), run.err());
    }

    @Test
    void ropaWithOnlyWarningsWritesTheRecordAndSaysSoEvenWhenTheyFailTheRun(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/ropa-cases/complete/policy"), dir.resolve("policy"));
        Path file = policy.resolve("versions/2019-03-01.en.yaml");
        Files.writeString(file, Files.readString(file).replace("description: The people who have an account.",
                "description: The people who have opened an account with us at any time since the app first started, "
                        + "whether they still use it every day, only now and then, or not for a long while."));
        Run run = run("ropa", policy.toString(), "-o", dir.resolve("record").toString(), "--today", "2019-06-01",
                "--fail-on-warning");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("warning: sentence of"), run.out());
        assertTrue(Files.isRegularFile(dir.resolve("record/ropa.csv")));
        assertTrue(run.err().contains("wrote the record of processing of version 2019-03-01"), run.err());
    }

    @Test
    void ropaWithWhatTheRecordLacksGivesItsFindingAndWritesNothing(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/ropa-cases/art30-1-g-no-security/policy"),
                dir.resolve("policy"));
        Run run = run("ropa", policy.toString(), "-o", dir.resolve("record").toString(), "--today", "2019-06-01");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("[GDPR Art. 30(1)]"), run.out());
        assertFalse(Files.exists(dir.resolve("record").resolve("ropa.csv")));
    }

    @Test
    void ropaRefusesToWriteIntoASite(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/ropa-cases/complete/policy"), dir.resolve("policy"));
        assertEquals(0, run("build", policy.toString(), "-o", dir.resolve("site").toString(), "--today",
                "2019-06-01").exit());
        Run run = run("ropa", policy.toString(), "-o", dir.resolve("site/internal").toString(), "--today",
                "2019-06-01");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("published"), run.err());
        assertFalse(Files.exists(dir.resolve("site/internal")));
    }

    @Test
    void buildRefusesAnOutputDirectoryWithSomeoneElsesFiles(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/cases/valid/policy"), dir.resolve("policy"));
        Path out = Files.createDirectories(dir.resolve("www"));
        Files.writeString(out.resolve("keep.txt"), "keep");
        Run run = run("build", policy.toString(), "-o", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("did not write"), run.err());
        assertEquals("keep", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void plainLanguageWarningsFailOnlyWithFailOnWarning() {
        String legalese = "src/test/resources/cases/plain-legalese-paragraph/policy";
        Run lenient = run("validate", legalese);
        assertEquals(0, lenient.exit());
        assertTrue(lenient.out().contains("'pursuant to' (write: under)"), lenient.out());
        assertTrue(lenient.out().contains("sentence of 47 words"), lenient.out());
        assertEquals(1, run("validate", "--fail-on-warning", legalese).exit());
    }

    @Test
    void readabilityPrintsATablePerVersion() {
        Run run = run("readability", "../sample-policy/policy", "--lang", "fr");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("2018-09-15 fr  (Kandel-Moles reading ease"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.trim().startsWith("purposes")), run.out());
    }

    @Test
    void aMissingDirectoryIsUnreadableInput() {
        Run run = run("validate", "no/such/policy");
        assertEquals(2, run.exit());
        assertTrue(run.out().contains("does not exist"), run.out());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertEquals(2, run("validate", "--today", "yesterday", "x").exit());
        assertEquals(2, run("frobnicate").exit());
        assertEquals(2, run("validate", "--no-such-option").exit());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noInputGivesAStackTrace(Path caseDirectory) {
        Run run = run("validate", caseDirectory.resolve("policy").toString());
        assertFalse((run.out() + run.err()).contains("Exception"), run.out() + run.err());
        assertFalse((run.out() + run.err()).contains("\tat "), run.out() + run.err());
    }

    /** A command that fails as only a bug in the tool would, quoting what it read. */
    @picocli.CommandLine.Command(name = "fail-inside")
    static final class FailInside implements java.util.concurrent.Callable<Integer> {

        @Override
        public Integer call() {
            throw new IllegalStateException("SECRET=from-the-environment");
        }
    }

    static Run runWithFailure(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err), new FailInside());
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void anInternalErrorIsOneSentenceWithoutATraceOrWhatItQuoted() {
        Run run = runWithFailure("fail-inside");
        assertEquals(2, run.exit());
        assertEquals("plainpolicy: internal error (IllegalStateException); this is a bug in Plain Policy, not in "
                + "your policy. Please report it with the command you ran, run again with --debug to add the "
                + "details.\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void debugPrintsTheTraceOfAnInternalError() {
        Run run = runWithFailure("fail-inside", "--debug");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("\tat org.plainpolicy.cli.MainTest$FailInside.call"), run.err());
        assertTrue(run.err().endsWith("Please report it with the command you ran and the trace above.\n"), run.err());
    }

    @Test
    void theHelpListsEveryCommandAndAMistypedOneIsSuggested() {
        Run help = run("--help");
        assertEquals(0, help.exit());
        for (String command : new String[] {"validate", "build", "serve", "diff", "readability", "accept", "help"}) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " missing from:\n" + help.out());
        }
        Run typo = run("biuld");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("build"), typo.err());
    }

    @Test
    void onlyTheCommandNamedIsSetUp() {
        assertEquals(java.util.List.of(BuildCommand.class), Main.commandsFor(new String[] {"--debug", "build", "-o", "x"}));
        assertEquals(8, Main.commandsFor(new String[] {"help", "build"}).size());
        assertEquals(8, Main.commandsFor(new String[] {}).size());
    }
}

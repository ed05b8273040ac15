package org.plainpolicy.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.cli.Main;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;
import org.plainpolicy.SiteWriteException;
import org.plainpolicy.site.SiteWriter;

/**
 * Output paths that look harmless as text but are, on disk, the policy, the project around it, or
 * a directory holding what the tool did not write: each is refused, by {@code build} and by
 * {@code validate} with the same sentence, and every file of the project is still there, byte for
 * byte. The links are made here, at run time.
 */
class OutputPathTest {

    private static final Path FIXTURE = Path.of("src/test/resources/cases/valid/policy");
    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);
    private static final String CHOOSE = "Choose another output directory, such as target/plainpolicy.";

    @TempDir
    Path dir;
    /** The project, named b, as in the attack {@code -o here/b} with {@code here -> .}. */
    private Path project;
    private Path policy;
    private final PlainPolicy tool = PlainPolicy.standard();

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(dir.resolve("b"));
        policy = TestFiles.copy(FIXTURE, project.resolve("policy"));
        Files.writeString(project.resolve("README.md"), "# The project\n");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/guide.md"), "How we write the policy.\n");
        forgeMarker(project);
    }

    /** A marker committed by an attacker, listing every file of the directory: the strongest forgery. */
    private static void forgeMarker(Path directory) throws IOException {
        List<String> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString()).sorted().toList();
        }
        Files.writeString(directory.resolve(SiteWriter.MARKER), "inputs: forged\nwarnings: 0\nfiles: " + files.size()
                + "\n" + String.join("\n", files) + "\n");
    }

    @Test
    void aLinkedOutputIntoThePolicyIsRefused() throws Exception {
        Path out = Files.createSymbolicLink(dir.resolve("out"), policy);
        assertRefused(out.resolve("sub"), "the output directory " + out.resolve("sub") + " is inside the policy "
                + "directory " + policy + " (on disk it is " + policy.toRealPath().resolve("sub") + "), and the site "
                + "must be written outside it. " + CHOOSE);
    }

    @Test
    void anOutputThatIsItselfALinkIntoThePolicyIsRefused() throws Exception {
        Path out = Files.createSymbolicLink(dir.resolve("out"), policy.resolve("versions"));
        assertRefused(out, "the output directory " + out + " is a symbolic link; Plain Policy replaces the output "
                + "directory whole, so it would not write where the link points. Give the directory the link points "
                + "to instead, or choose another output directory, such as target/plainpolicy.");
    }

    @Test
    void theProjectThroughALinkToItsOwnFolderIsRefused() throws Exception {
        Path here = Files.createSymbolicLink(dir.resolve("here"), Path.of("."));
        assertRefused(here.resolve("b"), "the output directory " + here.resolve("b") + " holds the policy directory "
                + policy + " (on disk it is " + project.toRealPath() + "), and writing the site there would replace "
                + "the policy. " + CHOOSE);
    }

    @Test
    void theProjectThroughALinkToItIsRefused() throws Exception {
        Path here = Files.createSymbolicLink(dir.resolve("here"), project);
        assertRefused(here, "the output directory " + here + " is a symbolic link; Plain Policy replaces the output "
                + "directory whole, so it would not write where the link points. Give the directory the link points "
                + "to instead, or choose another output directory, such as target/plainpolicy.");
        assertRefused(here.resolve("."), "the output directory " + here.resolve(".") + " holds the policy directory "
                + policy + " (on disk it is " + project.toRealPath() + "), and writing the site there would replace "
                + "the policy. " + CHOOSE);
    }

    @Test
    void aCommittedFolderWithAMarkerButNoListIsNotReplaced() throws Exception {
        Path docs = project.resolve("docs");
        Files.writeString(docs.resolve(SiteWriter.MARKER), "inputs: forged\nwarnings: 0\n");
        assertRefused(docs, "the output directory " + docs + " has a Plain Policy marker without the list of the "
                + "files the tool wrote (an older version of Plain Policy wrote it, or someone else did), so nothing "
                + "in it can be told apart from files of yours: guide.md. Check that nothing of yours is in it, "
                + "delete it and build again, or choose another output directory, such as target/plainpolicy.");
    }

    @Test
    void aLinkSlippedIntoThePreviousSiteIsNeitherFollowedNorReplaced() throws Exception {
        Path site = dir.resolve("site");
        assertTrue(tool.build(policy, site, TODAY.minusMonths(1)).filesWritten() > 0);
        Path style = site.resolve("assets/style.css");
        Files.delete(style);
        Files.createSymbolicLink(style, project.resolve("README.md"));
        assertRefused(site, "the output directory " + site + " holds links or special files where Plain Policy "
                + "wrote ordinary files: assets/style.css. Delete the output directory if nothing of yours is in it "
                + "and build again, or choose another output directory, such as target/plainpolicy.");
        assertTrue(Files.isSymbolicLink(style));
    }

    @Test
    void anOutputReachedThroughALinkedParentIsWrittenWhereTheLinkLeads() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), elsewhere);
        assertEquals(List.of(), outputFindings(tool.check(policy, Optional.of(link.resolve("site")))));
        PlainPolicy.BuildResult result = tool.build(policy, link.resolve("site"), TODAY);
        assertTrue(result.filesWritten() > 0);
        assertTrue(Files.isRegularFile(elsewhere.resolve("site/index.html")));
        assertTrue(tool.build(policy, link.resolve("site"), TODAY).upToDate());
    }

    @Test
    void validateTakesTheOutputAndReportsItAsBuildDoes() throws Exception {
        Path here = Files.createSymbolicLink(dir.resolve("here"), Path.of("."));
        Map<String, String> before = snapshot(project);
        String message = "the output directory " + here.resolve("b") + " holds the policy directory " + policy
                + " (on disk it is " + project.toRealPath() + "), and writing the site there would replace the "
                + "policy. " + CHOOSE;

        Run validate = run("validate", policy.toString(), "-o", here.resolve("b").toString(), "--today", "2019-06-01");
        assertEquals(1, validate.exit(), validate.err());
        assertEquals(policy + ":1:1: error: " + message + " [" + PlainPolicy.OUTPUT_REFERENCE + "]\n",
                validate.out());
        Run build = run("build", policy.toString(), "--output", here.resolve("b").toString(), "--today", "2019-06-01");
        assertEquals(2, build.exit());
        assertEquals("plainpolicy: " + message + "\n", build.err());
        assertEquals(before, snapshot(project));

        Run clean = run("validate", policy.toString(), "--today", "2019-06-01");
        assertEquals(0, clean.exit(), clean.out());
        assertEquals("", clean.out(), "the default output, beside the policy, is fine");
    }

    /** Build and check refuse {@code output} with {@code message}; the project is untouched. */
    private void assertRefused(Path output, String message) throws IOException {
        Map<String, String> before = snapshot(project);
        SiteWriteException refused = assertThrows(SiteWriteException.class, () -> tool.build(policy, output, TODAY));
        assertEquals(message, refused.getMessage());
        PlainPolicy.CheckResult check = tool.check(policy, Optional.of(output));
        assertEquals(List.of(Finding.error(Position.startOf(policy), message, PlainPolicy.OUTPUT_REFERENCE)),
                outputFindings(check));
        assertEquals(tool.check(policy).findings().size() + 1, check.findings().size(),
                "the output adds one finding to the policy's own");
        assertEquals(before, snapshot(project), "every file of the project is still there, byte for byte, and "
                + "nothing was added to it");
    }

    private static List<Finding> outputFindings(PlainPolicy.CheckResult check) {
        return check.findings().stream().filter(f -> f.reference().equals(PlainPolicy.OUTPUT_REFERENCE)).toList();
    }

    /** Every entry under {@code root}, links not followed: a file by its bytes, a link by its target. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = new ArrayList<>(walk.toList());
        }
        for (Path path : all) {
            String name = root.relativize(path).toString();
            if (Files.isSymbolicLink(path)) {
                entries.put(name, "link to " + Files.readSymbolicLink(path));
            } else if (Files.isDirectory(path)) {
                entries.put(name, "directory");
            } else {
                entries.put(name, Base64.getEncoder().encodeToString(Files.readAllBytes(path)));
            }
        }
        return entries;
    }

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }
}

package org.plainpolicy.site;

import org.plainpolicy.SiteWriteException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.render.OutputFile;

class SiteWriterTest {

    private static final SiteWriter.Stamp STAMP = new SiteWriter.Stamp("abc123", 2);
    private final SiteWriter writer = new SiteWriter();

    /** The writer's whole cycle: a new site beside the old one, the files, the swap. */
    private void write(Path output, Path source, List<OutputFile> files, SiteWriter.Stamp stamp)
            throws SiteWriteException {
        SiteWriter.Session session = writer.open(output, source);
        files.forEach(session::write);
        session.commit(stamp);
    }

    private static List<OutputFile> site(String text) {
        return List.of(new OutputFile("index.html", text.getBytes(StandardCharsets.UTF_8)),
                new OutputFile("versions/index.html", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void replacesItsOwnPreviousSiteWhole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        write(out, dir.resolve("policy"), List.of(new OutputFile("old.html", new byte[] {1})), STAMP);
        write(out, dir.resolve("policy"), site("new"), STAMP);
        assertFalse(Files.exists(out.resolve("old.html")));
        assertEquals("new", Files.readString(out.resolve("versions/index.html")));
        assertEquals(java.util.Optional.of(STAMP), writer.stamp(out));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(out), siblings.toList(), "no temporary directory is left behind");
        }
    }

    @Test
    void neverEmptiesADirectoryItDidNotWrite(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("website"));
        Files.writeString(out.resolve("precious.txt"), "mine");
        SiteWriteException e = assertThrows(SiteWriteException.class,
                () -> write(out, dir.resolve("policy"), site("x"), STAMP));
        assertTrue(e.getMessage().contains("did not write"), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("precious.txt")));
    }

    @Test
    void refusesToWriteIntoOrOverTheSources(@TempDir Path dir) {
        Path policy = dir.resolve("policy");
        assertThrows(SiteWriteException.class, () -> write(policy, policy, site("x"), STAMP));
        assertThrows(SiteWriteException.class, () -> write(policy.resolve("out"), policy, site("x"), STAMP));
        assertThrows(SiteWriteException.class, () -> write(dir, policy, site("x"), STAMP));
    }

    @Test
    void theMarkerListsEveryFileTheToolWroteSorted(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        write(out, dir.resolve("policy"), site("x"), STAMP);
        List<String> lines = Files.readAllLines(out.resolve(SiteWriter.MARKER));
        assertEquals(List.of("files: 2", "index.html", "versions/index.html"), lines.subList(lines.size() - 3,
                lines.size()));
    }

    @Test
    void refusesItsOwnSiteOnceSomethingElseIsAddedAndNamesIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        write(out, dir.resolve("policy"), site("x"), STAMP);
        for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "versions/notes.txt")) {
            Files.writeString(out.resolve(name), "mine");
        }
        Files.createDirectory(out.resolve("drafts"));
        Files.writeString(out.resolve("drafts/draft.txt"), "mine");
        SiteWriteException e = assertThrows(SiteWriteException.class,
                () -> write(out, dir.resolve("policy"), site("y"), STAMP));
        assertEquals("the output directory " + out + " holds files that Plain Policy did not write: a.txt, b.txt, "
                + "c.txt, d.txt, drafts and 3 more. Choose an empty or new output directory, such as "
                + "target/plainpolicy, so that nothing of yours is replaced.", e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("drafts/draft.txt")));
        assertEquals("x", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aMarkerWithoutTheListOfFilesIsNotTrusted(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(SiteWriter.MARKER), "inputs: abc\nwarnings: 0\n");
        Files.writeString(out.resolve("index.html"), "mine");
        SiteWriteException e = assertThrows(SiteWriteException.class,
                () -> write(out, dir.resolve("policy"), site("y"), STAMP));
        assertTrue(e.getMessage().contains("marker without the list of the files the tool wrote"), e.getMessage());
        assertTrue(e.getMessage().contains(": index.html. Check that nothing of yours is in it"), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("index.html")));

        Files.delete(out.resolve("index.html"));
        write(out, dir.resolve("policy"), site("y"), STAMP);
        assertEquals("y", Files.readString(out.resolve("index.html")), "a marker alone replaces nothing of yours");
    }

    @Test
    void refusesALinkWhereItWroteAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        write(out, dir.resolve("policy"), site("x"), STAMP);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.delete(out.resolve("index.html"));
        Files.createSymbolicLink(out.resolve("index.html"), secret);
        SiteWriteException e = assertThrows(SiteWriteException.class,
                () -> write(out, dir.resolve("policy"), site("y"), STAMP));
        assertEquals("the output directory " + out + " holds links or special files where Plain Policy wrote "
                + "ordinary files: index.html. Delete the output directory if nothing of yours is in it and build "
                + "again, or choose another output directory, such as target/plainpolicy.", e.getMessage());
        assertEquals("secret", Files.readString(secret));
        assertTrue(Files.isSymbolicLink(out.resolve("index.html")));
    }

    @Test
    void keepsOnlyRegularFilesOfThePreviousSite(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        write(out, dir.resolve("policy"), site("x"), STAMP);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        SiteWriter.Session session = writer.open(out, dir.resolve("policy"));
        try {
            assertTrue(session.keep("index.html", out.resolve("index.html")));
            assertFalse(session.keep("secret.txt", out.resolve("../secret.txt")), "nothing from outside the site");
            assertFalse(session.keep("missing.html", out.resolve("missing.html")));
            assertFalse(session.keep("versions", out.resolve("versions")), "a directory is no file to keep");
        } finally {
            session.abort();
        }
        // A link that appears in the old site after it was checked is still not followed.
        session = writer.open(out, dir.resolve("policy"));
        Files.createSymbolicLink(out.resolve("style.css"), secret);
        assertFalse(session.keep("style.css", out.resolve("style.css")));
        session.write(new OutputFile("style.css", "rendered".getBytes(StandardCharsets.UTF_8)));
        Files.delete(out.resolve("style.css"));
        session.commit(STAMP);
        assertEquals("rendered", Files.readString(out.resolve("style.css")));
        assertEquals("secret", Files.readString(secret));
    }

    @Test
    void refusesAnOutputThatIsALinkButFollowsALinkedParent(@TempDir Path dir) throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), elsewhere);
        SiteWriteException e = assertThrows(SiteWriteException.class,
                () -> write(link, dir.resolve("policy"), site("x"), STAMP));
        assertTrue(e.getMessage().startsWith("the output directory " + link + " is a symbolic link;"), e.getMessage());
        try (Stream<Path> entries = Files.list(elsewhere)) {
            assertEquals(0, entries.count());
        }

        write(link.resolve("site"), dir.resolve("policy"), site("x"), STAMP);
        assertEquals("x", Files.readString(elsewhere.resolve("site/index.html")));
        assertTrue(Files.isSymbolicLink(link), "the link itself is left as it was");
    }

    @Test
    void refusesAPathThroughALinkToNothing(@TempDir Path dir) throws Exception {
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        SiteWriteException e = assertThrows(SiteWriteException.class,
                () -> write(dangling.resolve("site"), dir.resolve("policy"), site("x"), STAMP));
        assertEquals("the output directory " + dangling.resolve("site") + " goes through " + dangling
                + ", a symbolic link that points to nothing or cannot be followed. Remove or fix the link. Choose "
                + "another output directory, such as target/plainpolicy.", e.getMessage());
        assertFalse(Files.exists(dir.resolve("nowhere")));
    }

    @Test
    void comparesRealLocationsNotText(@TempDir Path dir) throws Exception {
        Path policy = Files.createDirectories(dir.resolve("project/policy/sub"));
        Files.createSymbolicLink(dir.resolve("here"), dir);
        Files.createSymbolicLink(dir.resolve("into"), dir.resolve("project/policy"));
        Path source = dir.resolve("project/policy");
        SiteWriteException inside = assertThrows(SiteWriteException.class,
                () -> OutputLocation.of(dir.resolve("into/sub"), source));
        assertEquals("the output directory " + dir.resolve("into/sub") + " is inside the policy directory " + source
                + " (on disk it is " + policy.toRealPath() + "), and the site must be written outside it. Choose "
                + "another output directory, such as target/plainpolicy.", inside.getMessage());
        SiteWriteException around = assertThrows(SiteWriteException.class,
                () -> OutputLocation.of(dir.resolve("here/project"), source));
        assertEquals("the output directory " + dir.resolve("here/project") + " holds the policy directory " + source
                + " (on disk it is " + dir.resolve("project").toRealPath() + "), and writing the site there would "
                + "replace the policy. Choose another output directory, such as target/plainpolicy.",
                around.getMessage());
        assertThrows(SiteWriteException.class, () -> OutputLocation.of(dir.resolve("into/."), source));
        assertThrows(SiteWriteException.class, () -> OutputLocation.of(dir.resolve("into/sub/../../x/.."), source));
        assertEquals(dir.toRealPath().resolve("project/target/plainpolicy"),
                OutputLocation.of(dir.resolve("here/project/policy/../target/plainpolicy"), source));
    }
}

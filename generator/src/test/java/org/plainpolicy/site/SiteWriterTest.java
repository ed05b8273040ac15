package org.plainpolicy.site;

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
}

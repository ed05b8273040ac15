package org.plainpolicy.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's own part of the input fingerprint: a jar told from another by its directory alone. */
class JarIdentityTest {

    @TempDir
    Path temp;

    private static final Map<String, String> ENTRIES = new TreeMap<>(Map.of(
            "org/plainpolicy/A.class", "first class",
            "org/plainpolicy/theme/layout.vm", "<html>$content</html>",
            "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"));

    @Test
    void theSameEntriesGiveTheSameIdentity() throws IOException {
        assertEquals(InputFingerprint.jarIdentity(jar("a.jar", ENTRIES)), InputFingerprint.jarIdentity(jar("b.jar", ENTRIES)));
    }

    @Test
    void aChangedEntryGivesAnotherIdentityEvenAtTheSameSize() throws IOException {
        Map<String, String> changed = new TreeMap<>(ENTRIES);
        changed.put("org/plainpolicy/theme/layout.vm", "<html>$Content</html>");
        assertNotEquals(InputFingerprint.jarIdentity(jar("a.jar", ENTRIES)), InputFingerprint.jarIdentity(jar("b.jar", changed)));
    }

    @Test
    void anAddedEntryGivesAnotherIdentity() throws IOException {
        Map<String, String> more = new TreeMap<>(ENTRIES);
        more.put("org/plainpolicy/B.class", "second class");
        assertNotEquals(InputFingerprint.jarIdentity(jar("a.jar", ENTRIES)), InputFingerprint.jarIdentity(jar("b.jar", more)));
    }

    @Test
    void aFileThatIsNoJarIsAnError() throws IOException {
        Path text = Files.writeString(temp.resolve("not.jar"), "no zip here");
        assertThrows(IOException.class, () -> InputFingerprint.jarIdentity(text));
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = temp.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.fromMillis(1_700_000_000_000L));
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}

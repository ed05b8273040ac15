package org.plainpolicy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;

/**
 * The check keeps its theme between runs only for the same templates directory: two copies of a
 * project with the same files, built by one tool, each render from their own templates, even once
 * the first copy is gone.
 */
class ThemePerDirectoryTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);
    private static final Path PROJECT = Path.of("src/test/resources/render/override/policy");

    @TempDir
    Path temp;

    @Test
    void aCopyElsewhereRendersFromItsOwnTemplates() throws Exception {
        PlainPolicy tool = PlainPolicy.standard();
        Path first = TestFiles.copy(PROJECT, temp.resolve("first/policy"));
        Path second = TestFiles.copy(PROJECT, temp.resolve("second/policy"));
        assertTrue(tool.build(first, temp.resolve("first/site"), TODAY).filesWritten() > 0);
        TestFiles.delete(first);

        PlainPolicy.BuildResult result = tool.build(second, temp.resolve("second/site"), TODAY);

        assertEquals(0, result.check().errors(), result.check().findings().toString());
        String page = Files.readString(temp.resolve("second/site/index.html"), StandardCharsets.UTF_8);
        Path fresh = temp.resolve("fresh/site");
        PlainPolicy.standard().build(second, fresh, TODAY);
        assertEquals(Files.readString(fresh.resolve("index.html"), StandardCharsets.UTF_8), page);
    }
}

package org.plainpolicy.validate.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.plainpolicy.load.ProjectFiles;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.model.Position;

/**
 * Sentences are placed in one forward pass over a field: one that is not in the file verbatim is
 * looked for near where the last one ended only, and the sentences after it are still found.
 */
class SourcePlacementTest {

    @TempDir
    Path directory;

    @Test
    void sentencesAfterOnesWrittenWithEntitiesAreStillFound() throws IOException {
        String unplaceable = "AT&amp;T keeps all the data it was given. ".repeat(20);
        String text = "intro: \"We start here. " + unplaceable + "We end here.\"\n";
        Path file = Files.writeString(directory.resolve("v.yaml"), text);
        SourceFile source = SourceFile.read(ProjectFiles.in(file.getParent()), file);
        Position from = new Position(file, 1, 1);
        int[] cursor = {0, 0};

        assertEquals(Optional.of(new Position(file, 1, 9)), source.find(words("We start here."), from, cursor));
        for (int i = 0; i < 20; i++) {
            assertEquals(Optional.empty(), source.find(words("AT&T keeps all the data it was given."), from, cursor));
        }
        int end = text.indexOf("We end here.");
        assertEquals(Optional.of(new Position(file, 1, end + 1)), source.find(words("We end here."), from, cursor));
    }

    @Test
    void aSentenceFarBeyondWhereTheLastEndedIsNotLookedFor() throws IOException {
        String text = "intro: \"We start here. " + "x".repeat(10_000) + " We end here.\"\n";
        Path file = Files.writeString(directory.resolve("v.yaml"), text);
        int[] cursor = {0, 0};
        SourceFile source = SourceFile.read(ProjectFiles.in(file.getParent()), file);
        source.find(words("We start here."), new Position(file, 1, 1), cursor);
        int after = cursor[0];

        assertEquals(Optional.empty(), source.find(words("We end here."), new Position(file, 1, 1), cursor));
        assertEquals(after, cursor[0], "the search starts where the last sentence ended");
    }

    /** Once, each sentence not in the file verbatim made the search read the whole rest of the file. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void fortyThousandSentencesWrittenWithEntitiesArePlacedInOnePass() throws IOException {
        String text = "intro: \"" + "AT&amp;T keeps all data as it was. &#97;ll data stays. ".repeat(20_000) + "\"\n";
        Path file = Files.writeString(directory.resolve("v.yaml"), text);
        SourceFile source = SourceFile.read(ProjectFiles.in(file.getParent()), file);
        Position from = new Position(file, 1, 1);
        List<String> first = words("AT&T keeps all data as it was.");
        List<String> second = words("all data stays.");
        int[] cursor = {0, 0};
        long started = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 0; i < 20_000; i++) {
            assertEquals(Optional.empty(), source.find(first, from, cursor));
            assertEquals(Optional.empty(), source.find(second, from, cursor));
        }
        System.out.println("40,000 sentences not placed: " + (System.nanoTime() - started) / 1_000_000 + " ms, "
                + (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000 + " ms of CPU");
    }

    /** A field written on one line is asked, for each of its sentences, whether a comment silences a check. */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theCommentsOfALongLineAreReadOnce() throws IOException {
        String text = "intro: \"" + "We keep it. ".repeat(100_000) + "\" # plain: allow jargon \"herein\"\n";
        Path file = Files.writeString(directory.resolve("v.yaml"), text);
        SourceFile source = SourceFile.read(ProjectFiles.in(file.getParent()), file);
        for (int i = 0; i < 40_000; i++) {
            assertFalse(source.allows(1, "passive", ""));
        }
        assertTrue(source.allows(1, "jargon", "Herein"));
    }

    private static List<String> words(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }
}

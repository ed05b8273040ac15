package org.plainpolicy.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.Golden;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.model.Finding;
import org.plainpolicy.render.SafeOutput;

/**
 * Every case of the test corpus, and a 64 MiB value, built in one JVM whose heap is 256 MiB: the
 * build's {@code bounded-heap} execution runs this class alone with {@code -Xmx256m}.
 */
class BoundedHeapTest {

    @Test
    void theWholeCorpusBuildsIn256MegabytesWithFindingsNotCrashes(@TempDir Path dir) throws Exception {
        assertTrue(System.getProperty("plainpolicy.heap") == null || Runtime.getRuntime().maxMemory() <= 300L * 1024 * 1024,
                "run by the bounded-heap execution with -Xmx256m");
        Path huge = TestFiles.copy(Path.of("src/test/resources/cases/valid/policy"), dir.resolve("huge"));
        try (var out = Files.newBufferedWriter(huge.resolve("versions/2019-06-01.en.yaml"), StandardCharsets.UTF_8)) {
            out.write("announced: 2019-04-01\nintro: \"");
            String block = "a".repeat(1 << 20);
            for (int i = 0; i < 64; i++) {
                out.write(block);
            }
            out.write("\"\n");
        }
        List<Path> projects = new ArrayList<>();
        int i = 0;
        for (Path c : Golden.cases("cases")) {
            projects.add(TestFiles.copy(c.resolve("policy"), dir.resolve("case-" + i++)));
        }
        projects.add(huge);
        for (Path project : projects) {
            Path out = dir.resolve("out-" + project.getFileName());
            PlainPolicy.BuildResult result = PlainPolicy.standard().build(project, out, LocalDate.of(2019, 6, 1));
            if (result.filesWritten() > 0) {
                SafeOutput.assertSafe(out);
            }
        }
        List<Finding> findings = PlainPolicy.standard().check(huge).findings();
        assertFalse(findings.isEmpty());
        assertTrue(findings.get(0).message().contains("may be at most 4096 KiB"), findings::toString);
    }
}

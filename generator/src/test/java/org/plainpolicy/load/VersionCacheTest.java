package org.plainpolicy.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.TestFiles;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.VersionFile;

/** The cache reads each version when asked, keeps recent ones, and never mixes two states of a file. */
class VersionCacheTest {

    private static final Path SAMPLE = Path.of("../sample-policy/policy");

    @TempDir
    Path work;

    @Test
    void readsAVersionOnceWhileItIsKept() throws Exception {
        Path policy = TestFiles.copy(SAMPLE, work.resolve("policy"));
        VersionCache cache = new VersionCache(new PolicyLoader(), ProjectFiles.in(policy), Map.of());
        PolicyProject project = new PolicyLoader().index(policy, cache).project().orElseThrow();
        VersionFile newest = project.versions().get(project.versions().size() - 1);

        PolicyVersion first = project.model(newest);
        PolicyVersion again = project.model(newest);

        assertSame(first, again);
        assertEquals(1, cache.parsed());
        assertEquals(2, cache.requests());
        assertEquals(first.changes(), project.summary(newest).changes());
    }

    @Test
    void refusesAFileThatChangedSinceTheBuildFirstReadIt() throws Exception {
        Path policy = TestFiles.copy(SAMPLE, work.resolve("policy"));
        Path file = policy.resolve("versions/2018-09-15.en.yaml").toAbsolutePath().normalize();
        String digest = Sha256.hex(Files.readAllBytes(file));
        VersionCache cache = new VersionCache(new PolicyLoader(), ProjectFiles.in(policy), Map.of(file.toString(), digest));
        PolicyProject project = new PolicyLoader().index(policy, cache).project().orElseThrow();
        VersionFile version = project.versions().stream().filter(v -> v.file().toAbsolutePath().normalize()
                .equals(file)).findFirst().orElseThrow();
        Files.writeString(file, Files.readString(file).replace("Postwise", "Postwise Ltd"));

        ChangedDuringBuildException e = assertThrows(ChangedDuringBuildException.class,
                () -> cache.load(version, new ArrayList<>()));
        assertTrue(e.getMessage().contains("changed during the build"), e.getMessage());
    }
}

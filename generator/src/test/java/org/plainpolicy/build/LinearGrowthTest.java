package org.plainpolicy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.site.PublishedVersions;
import org.plainpolicy.site.SiteWriter;
import org.plainpolicy.validate.Validator;

/**
 * The cost of a build grows with the number of versions, not with its square. Time is a poor
 * measure in a test (machines differ, and so does their load), so this counts work, in a project
 * of 13 versions per language and in one of 43:
 * <ul>
 *   <li>how often a stage asks for a version, model or summary: a stage that compared every
 *       version with every other, or made each page walk all versions, would ask 43² / 13², about
 *       eleven times as often, instead of about 43 / 13, three times;</li>
 *   <li>the bytes the build allocates, which every step of every stage pays for, so that heavy
 *       work done per pair of versions shows even where it asks for no version.</li>
 * </ul>
 * The benchmark gives the times.
 */
class LinearGrowthTest {

    /** The build as PlainPolicy runs it, with how much it read of the versions, which no shell shows. */
    private static final BuildUseCase BUILD = new BuildUseCase(() -> new ProjectCheck(new PolicyLoader(),
            Validator.standard()), () -> new SiteBuild(Registry.standard()), new SiteWriter());

    private static final Path SAMPLE = Path.of("../sample-policy/policy");
    private static final LocalDate FIRST = LocalDate.of(2019, 1, 7);
    /** Versions per language: the sample's three, then the extra ones. */
    private static final double LINEAR = (3 + 40) / (3 + 10.0);

    @TempDir
    Path work;

    @Test
    void fourTimesTheVersionsCostsAboutFourTimesTheWork() throws Exception {
        build(project("warm-up", 10), "warm-up");
        Cost small = build(project("small", 10), "small");
        Cost large = build(project("large", 40), "large");

        assertLinear("versions asked for", small.requests(), large.requests(), LINEAR * 1.2);
        // Each file is parsed to be checked, and again to be rendered once the cache has let it go.
        assertTrue(large.parsed() <= 2 * 2 * 43, "each version parsed at most twice: " + large.parsed());
        assertLinear("bytes allocated", small.bytes(), large.bytes(), LINEAR * 1.6);
    }

    @Test
    void aRebuildAfterEditingTheNewestVersionDoesNotGrowWithTheVersions() throws Exception {
        Cost small = rebuildAfterEdit(project("small", 10), "small");
        Cost large = rebuildAfterEdit(project("large", 40), "large");

        // Only the pages about all versions (archive, feed) grow with them, from summaries kept in memory.
        assertEquals(small.parsed(), large.parsed(), "the same versions are read again");
        assertLinear("versions asked for", small.requests(), large.requests(), LINEAR * 1.2);
        assertLinear("bytes allocated", small.bytes(), large.bytes(), 2);
    }

    private record Cost(long requests, long parsed, long bytes) {
    }

    private static void assertLinear(String what, long small, long large, double limit) {
        double ratio = (double) large / small;
        assertTrue(ratio < limit, String.format("%s: %d with 13 versions, %d with 43, %.1f times as many; "
                + "at most %.1f times is linear", what, small, large, ratio, limit));
    }

    /** The sample, plus {@code extra} weekly versions in each of its languages, copied from its newest. */
    private Path project(String name, int extra) throws IOException {
        Path policy = TestFiles.copy(SAMPLE, work.resolve(name).resolve("policy"));
        Files.deleteIfExists(policy.resolve(PublishedVersions.FILE));
        IncrementalBuildTest.withoutTheLatestCorrection(policy);
        for (String language : List.of("en", "fr", "de")) {
            String newest = Files.readString(policy.resolve("versions/2018-09-15." + language + ".yaml"),
                    StandardCharsets.UTF_8);
            for (int i = 0; i < extra; i++) {
                LocalDate date = FIRST.plusWeeks(i);
                String text = newest.replaceFirst("(?m)^announced: .*$", "announced: " + date.minusDays(40))
                        .replace("Postwise", "Postwise " + i);
                Files.writeString(policy.resolve("versions/" + date + "." + language + ".yaml"), text,
                        StandardCharsets.UTF_8);
            }
        }
        return policy;
    }

    private Cost build(Path policy, String name) throws Exception {
        long before = allocated();
        BuildUseCase.Outcome outcome = BUILD.run(policy, work.resolve(name).resolve("site"), FIRST);
        long bytes = allocated() - before;
        PlainPolicy.BuildResult result = outcome.result();
        assertEquals(0, result.check().errors(), () -> result.check().findings().toString());
        return new Cost(outcome.reads().requests(), outcome.reads().parsed(), bytes);
    }

    private Cost rebuildAfterEdit(Path policy, String name) throws Exception {
        build(policy, name);
        Path newest;
        try (var files = Files.list(policy.resolve("versions"))) {
            newest = files.filter(f -> f.toString().endsWith(".en.yaml")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Files.writeString(newest, Files.readString(newest).replace("Postwise", "Postwise Ltd"));
        return build(policy, name);
    }

    /** Bytes allocated so far by every live thread of this JVM: the build's own and its pool's. */
    private static long allocated() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(b -> b > 0).sum();
    }
}

package org.plainpolicy.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.model.Finding;
import org.plainpolicy.site.PublishedVersions;

class NoDataLostTest {

    private static final Path SAMPLE = Path.of(System.getProperty("sample.policy", "../sample-policy/policy"));

    @Test
    void aBuildKilledHalfwayLeavesThePreviousSiteWhole(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(SAMPLE, dir.resolve("policy"));
        Path out = dir.resolve("site");
        // Two builds whose sites differ (another day, another current version), each one whole.
        assertEquals(0, Cli.run("-Xmx256m", "build", policy.toString(), "-o", out.toString(), "--today", "2018-06-01").exit());
        Map<String, String> early = snapshot(out);
        assertEquals(0, Cli.run("-Xmx256m", "build", policy.toString(), "-o", out.toString(), "--today", "2018-10-01").exit());
        Map<String, String> late = snapshot(out);
        assertTrue(!early.equals(late));
        for (int attempt = 0; attempt < 6; attempt++) {
            String today = attempt % 2 == 0 ? "2018-06-01" : "2018-10-01";
            Process build = Cli.start("-Xmx256m", "build", policy.toString(), "-o", out.toString(), "--today", today);
            Thread.sleep(ThreadLocalRandom.current().nextInt(200, 1500));
            build.destroyForcibly().waitFor();
            Map<String, String> now = snapshot(out);
            assertTrue(now.equals(early) || now.equals(late), "after a kill the site is one whole build, not a mix");
        }
        assertEquals(0, Cli.run("-Xmx256m", "build", policy.toString(), "-o", out.toString(), "--today", "2018-06-01").exit());
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(2, siblings.count(), "the next build removes what a killed one left beside the site");
        }
    }

    @Test
    void aPublishedVersionCannotChangeSilently(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(SAMPLE, dir.resolve("policy"));
        PlainPolicy tool = PlainPolicy.standard();
        tool.build(policy, dir.resolve("site"), LocalDate.of(2019, 1, 1));
        assertTrue(PublishedVersions.read(policy).containsKey("versions/2018-05-25.fr.yaml"));

        Path published = policy.resolve("versions/2018-05-25.en.yaml");
        Files.writeString(published, Files.readString(published).replace("12 rue Exemple", "14 rue Exemple"));
        var findings = tool.check(policy).findings();
        assertEquals(1, findings.size(), findings::toString);
        Finding finding = findings.get(0);
        assertEquals(published, finding.position().file());
        assertEquals(org.plainpolicy.validate.Rule.PUBLISHED_VERSION.reference(), finding.reference());
        assertTrue(finding.message().contains("accept"), finding.message());
        assertEquals(0, tool.build(policy, dir.resolve("site"), LocalDate.of(2019, 1, 1)).filesWritten(),
                "nothing is published from a changed history");

        Cli.Result accept = Cli.run("-Xmx256m", "accept", policy.toString(), "versions/2018-05-25.en.yaml");
        assertEquals(0, accept.exit(), accept.output());
        assertEquals(0, tool.check(policy).findings().size());
    }

    @Test
    void anUpcomingVersionCanStillChangeAndIsLockedOnceInEffect(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(SAMPLE, dir.resolve("policy"));
        Files.deleteIfExists(policy.resolve(PublishedVersions.FILE));
        PlainPolicy tool = PlainPolicy.standard();
        tool.build(policy, dir.resolve("site"), LocalDate.of(2018, 9, 1));
        assertTrue(!PublishedVersions.read(policy).containsKey("versions/2018-09-15.en.yaml"));
        Path upcoming = policy.resolve("versions/2018-09-15.en.yaml");
        Files.writeString(upcoming, Files.readString(upcoming).replace("Camille Laurent", "Camille Martin"));
        assertEquals(0, tool.check(policy).errors());
        tool.build(policy, dir.resolve("site"), LocalDate.of(2018, 9, 20));
        assertTrue(PublishedVersions.read(policy).containsKey("versions/2018-09-15.en.yaml"));
    }

    private static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(f).toString(), Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(f))));
            }
        }
        return files;
    }
}

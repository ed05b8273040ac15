package org.plainpolicy.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.site.PublishedVersions;

/**
 * A rebuild after an edit renders only the pages that depend on what changed, and its site is
 * byte for byte the site a full build of the same inputs writes.
 */
class IncrementalBuildTest {

    private static final Path SAMPLE = Path.of("../sample-policy/policy");
    private static final LocalDate TODAY = LocalDate.of(2018, 9, 1);
    private static final String NEWEST = "versions/2018-09-15.en.yaml";

    @TempDir
    Path work;

    /** Edits of the kinds an editor makes, each followed by an incremental build. */
    enum Edit {
        NEWEST_VERSION_TEXT(policy -> replace(policy.resolve(NEWEST), "Postwise", "Postwise Ltd")),
        MIDDLE_VERSION_TEXT(policy -> replace(policy.resolve("versions/2018-05-25.en.yaml"), "Postwise", "Postwise Ltd")),
        TRANSLATION_TEXT(policy -> replace(policy.resolve("versions/2018-09-15.fr.yaml"), "Postwise", "Postwise SAS")),
        NEW_VERSION(policy -> {
            for (String language : List.of("en", "fr")) {
                Files.writeString(policy.resolve("versions/2019-01-01." + language + ".yaml"), Files.readString(
                        policy.resolve("versions/2018-09-15." + language + ".yaml"))
                        .replace("announced: 2018-", "announced: 2018-11-01 #"));
            }
        }),
        NEWEST_VERSION_REMOVED(policy -> {
            Files.delete(policy.resolve(NEWEST));
            Files.delete(policy.resolve("versions/2018-09-15.fr.yaml"));
        }),
        SITE_SETTINGS(policy -> replace(policy.resolve("site.yaml"), "Postwise", "Postwise Ltd")),
        ANOTHER_DAY(policy -> {
        });

        private final Change change;

        Edit(Change change) {
            this.change = change;
        }

        LocalDate today() {
            return this == ANOTHER_DAY ? LocalDate.of(2018, 10, 1) : TODAY;
        }
    }

    interface Change {
        void apply(Path policy) throws IOException;
    }

    @ParameterizedTest
    @EnumSource(Edit.class)
    void anIncrementalBuildWritesWhatAFullBuildWrites(Edit edit) throws Exception {
        Path policy = policy();
        Path site = work.resolve("site");
        PlainPolicy tool = PlainPolicy.standard();
        assertEquals(0, tool.build(policy, site, TODAY).check().errors());
        edit.change.apply(policy);
        Files.deleteIfExists(policy.resolve(PublishedVersions.FILE));

        PlainPolicy.BuildResult incremental = tool.build(policy, site, edit.today());
        assertEquals(List.of(), incremental.check().findings().stream().filter(f -> f.isError()).toList());
        Path fullSite = work.resolve("full");
        PlainPolicy.BuildResult full = PlainPolicy.standard().build(policy, fullSite, edit.today());

        assertEquals(0, full.kept(), "a build into an empty directory renders everything");
        assertSameFiles(fullSite, site);
        assertEquals(full.check().findings(), incremental.check().findings(), "the findings kept are those found");
    }

    @Test
    void editingTheNewestVersionRendersOnlyThePagesThatShowIt() throws Exception {
        Path policy = policy();
        Path site = work.resolve("site");
        PlainPolicy tool = PlainPolicy.standard();
        PlainPolicy.BuildResult first = tool.build(policy, site, TODAY);
        replace(policy.resolve(NEWEST), "Postwise", "Postwise Ltd");

        PlainPolicy.BuildResult second = tool.build(policy, site, TODAY);

        assertEquals(List.of(
                // the version itself: its page, readability report, changes page and notice
                "changes/2018-09-15/index.html", "notices/2018-09-15.html", "notices/2018-09-15.txt",
                "readability/2018-09-15/index.html", "versions/2018-09-15/index.html",
                // the pages about all versions, and the stylesheet, always rendered as they cost little
                "assets/style.css", "feed.xml", "fr/feed.xml", "fr/index.html", "fr/versions/index.html",
                "index.html", "versions/index.html").stream().sorted().toList(), second.rendered());
        assertEquals(first.filesWritten(), second.filesWritten());
        assertEquals(first.filesWritten() - second.rendered().size(), second.kept());
    }

    @Test
    void aStateThatCannotBeReadMeansAFullBuild() throws Exception {
        Path policy = policy();
        Path site = work.resolve("site");
        PlainPolicy tool = PlainPolicy.standard();
        PlainPolicy.BuildResult first = tool.build(policy, site, TODAY);
        Files.writeString(site.resolve(BuildState.FILE), "not a state");
        replace(policy.resolve(NEWEST), "Postwise", "Postwise Ltd");

        PlainPolicy.BuildResult second = tool.build(policy, site, TODAY);

        assertEquals(0, second.kept());
        assertEquals(first.filesWritten(), second.rendered().size());
    }

    @Test
    void aPageMissingFromThePreviousSiteIsRenderedAgain() throws Exception {
        Path policy = policy();
        Path site = work.resolve("site");
        PlainPolicy tool = PlainPolicy.standard();
        tool.build(policy, site, TODAY);
        Files.delete(site.resolve("changes/2018-05-25/index.html"));
        replace(policy.resolve(NEWEST), "Postwise", "Postwise Ltd");

        PlainPolicy.BuildResult second = tool.build(policy, site, TODAY);

        assertTrue(second.rendered().contains("changes/2018-05-25/index.html"));
        assertSameFiles(fullBuild(policy), site);
    }

    @Test
    void theFindingsOfAnUnchangedVersionAreKeptWithTheirPositions() throws Exception {
        Path policy = policy();
        Path site = work.resolve("site");
        PlainPolicy tool = PlainPolicy.standard();
        replace(policy.resolve("versions/2018-05-25.en.yaml"), "  We wrote it", "  Hereinafter, we wrote it");
        PlainPolicy.BuildResult first = tool.build(policy, site, TODAY);
        assertFalse(first.check().findings().isEmpty(), "the vague word is a warning");
        replace(policy.resolve(NEWEST), "Postwise", "Postwise Ltd");

        PlainPolicy.BuildResult second = tool.build(policy, site, TODAY);

        assertEquals(PlainPolicy.standard().check(policy).findings(), second.check().findings());
    }

    private Path policy() throws IOException {
        Path policy = TestFiles.copy(SAMPLE, work.resolve("policy"));
        Files.deleteIfExists(policy.resolve(PublishedVersions.FILE));
        return policy;
    }

    private Path fullBuild(Path policy) throws Exception {
        Path full = work.resolve("full");
        PlainPolicy.standard().build(policy, full, TODAY);
        return full;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void assertSameFiles(Path expected, Path actual) {
        Map<String, byte[]> want = files(expected);
        Map<String, byte[]> got = files(actual);
        assertEquals(want.keySet(), got.keySet(), "the same files");
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), path + " differs"));
    }

    private static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}

package org.plainpolicy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
    private Path policy;
    private Path site;

    @BeforeEach
    void copyTheSample() throws IOException {
        policy = TestFiles.copy(SAMPLE, work.resolve("policy"));
        Files.deleteIfExists(policy.resolve(PublishedVersions.FILE));
        withoutTheLatestCorrection(policy);
        site = work.resolve("site");
    }

    /**
     * The sample as it stood when 2018-09-15 was its newest version: the tests edit that version as the
     * newest, and against an edited 2018-09-15 the correction of 2026-12-01 (`material: false`) would
     * carry a change that needs notice.
     */
    static void withoutTheLatestCorrection(Path policy) throws IOException {
        for (String language : List.of("en", "fr", "de")) {
            Files.delete(policy.resolve("versions/2026-12-01." + language + ".yaml"));
        }
    }

    /** Edits of the kinds an editor makes, each followed by an incremental build. */
    enum Edit {
        NEWEST_VERSION_TEXT(policy -> replace(policy.resolve(NEWEST), "Postwise", "Postwise Ltd")),
        MIDDLE_VERSION_TEXT(policy -> replace(policy.resolve("versions/2018-05-25.en.yaml"), "Postwise", "Postwise Ltd")),
        TRANSLATION_TEXT(policy -> replace(policy.resolve("versions/2018-09-15.fr.yaml"), "Postwise", "Postwise SAS")),
        NEW_VERSION(policy -> {
            for (String language : List.of("en", "fr", "de")) {
                Files.writeString(policy.resolve("versions/2019-01-01." + language + ".yaml"), Files.readString(
                        policy.resolve("versions/2018-09-15." + language + ".yaml"))
                        .replace("announced: 2018-", "announced: 2018-11-01 #"));
            }
        }),
        NEWEST_VERSION_REMOVED(policy -> {
            Files.delete(policy.resolve(NEWEST));
            Files.delete(policy.resolve("versions/2018-09-15.fr.yaml"));
            Files.delete(policy.resolve("versions/2018-09-15.de.yaml"));
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
        assertEquals(0, build(TODAY).check().errors());
        edit.change.apply(policy);
        // Edits of published versions, accepted on purpose: the lock must go on holding what the site published.
        PublishedVersions.accept(policy, PublishedVersions.read(policy).keySet(), edit.today());

        PlainPolicy.BuildResult incremental = build(edit.today());
        assertEquals(List.of(), incremental.check().findings().stream().filter(f -> f.isError()).toList());
        Path fullSite = work.resolve("full");
        PlainPolicy.BuildResult full = PlainPolicy.standard().build(policy, fullSite, edit.today());

        assertEquals(0, full.kept(), "a build into an empty directory renders everything");
        TestFiles.assertSameFiles(fullSite, site, "after the edit " + edit);
        assertEquals(full.check().findings(), incremental.check().findings(), "the findings kept are those found");
    }

    @Test
    void editingTheNewestVersionRendersOnlyThePagesThatShowIt() throws Exception {
        PlainPolicy.BuildResult first = build(TODAY);
        editTheNewestVersion();

        PlainPolicy.BuildResult second = build(TODAY);

        // Its page, fragment, PDF, readability report, JSON-LD, changes page and notice, and versions.json, which gives
        // the file's digest; the archive, the feed and the current page show nothing of what changed.
        assertEquals(List.of("changes/2018-09-15/index.html", "embed/2018-09-15.html", "notices/2018-09-15.html",
                "notices/2018-09-15.txt", "readability/2018-09-15/index.html", "versions.json",
                "versions/2018-09-15/index.html", "versions/2018-09-15/policy.jsonld", "versions/2018-09-15/policy.pdf"),
                second.rendered());
        assertEquals(first.filesWritten(), second.filesWritten());
        assertEquals(first.filesWritten() - second.rendered().size(), second.kept());
    }

    @Test
    void anotherAnnouncementDateRendersTheArchiveAndTheFeedToo() throws Exception {
        build(TODAY);
        for (String file : List.of(NEWEST, "versions/2018-09-15.fr.yaml", "versions/2018-09-15.de.yaml")) {
            replace(policy.resolve(file), "announced: 2018-08-14", "announced: 2018-08-13");
        }

        PlainPolicy.BuildResult second = build(TODAY);

        assertEquals(0, second.check().errors(), () -> second.check().findings().toString());
        List<String> expected = new ArrayList<>();
        for (String root : List.of("", "fr/", "de/")) {
            expected.addAll(List.of(root + "changes/2018-09-15/index.html", root + "feed.xml",
                    root + "notices/2018-09-15.html", root + "notices/2018-09-15.txt",
                    root + "readability/2018-09-15/index.html", root + "versions/2018-09-15/index.html",
                    root + "versions/2018-09-15/policy.jsonld", root + "versions/2018-09-15/policy.pdf",
                    root + "versions/index.html", root + "embed/2018-09-15.html"));
        }
        expected.add("versions.json");
        assertEquals(expected.stream().sorted().toList(), second.rendered());
    }

    @Test
    void aStateThatCannotBeReadMeansAFullBuild() throws Exception {
        PlainPolicy.BuildResult first = build(TODAY);
        Files.writeString(site.resolve(BuildState.FILE), "not a state");
        editTheNewestVersion();

        PlainPolicy.BuildResult second = build(TODAY);

        assertEquals(0, second.kept());
        assertEquals(first.filesWritten(), second.rendered().size());
    }

    @Test
    void aPageMissingFromThePreviousSiteIsRenderedAgain() throws Exception {
        build(TODAY);
        Files.delete(site.resolve("changes/2018-05-25/index.html"));
        editTheNewestVersion();

        PlainPolicy.BuildResult second = build(TODAY);

        assertTrue(second.rendered().contains("changes/2018-05-25/index.html"));
        Path full = work.resolve("full");
        PlainPolicy.standard().build(policy, full, TODAY);
        TestFiles.assertSameFiles(full, site, "after a page of the previous site went missing");
    }

    @Test
    void theFindingsOfAnUnchangedVersionAreKeptWithTheirPositions() throws Exception {
        replace(policy.resolve("versions/2018-05-25.en.yaml"), "  We wrote it", "  Hereinafter, we wrote it");
        PlainPolicy.BuildResult first = build(TODAY);
        assertFalse(first.check().findings().isEmpty(), "the jargon is a warning");
        editTheNewestVersion();

        PlainPolicy.BuildResult second = build(TODAY);

        assertEquals(PlainPolicy.standard().check(policy).findings(), second.check().findings());
    }

    private PlainPolicy.BuildResult build(LocalDate today) throws Exception {
        return PlainPolicy.standard().build(policy, site, today);
    }

    private void editTheNewestVersion() throws IOException {
        replace(policy.resolve(NEWEST), "Postwise", "Postwise Ltd");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}

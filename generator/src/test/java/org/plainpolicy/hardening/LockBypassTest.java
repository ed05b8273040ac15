package org.plainpolicy.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.cli.Main;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;
import org.plainpolicy.site.PublishedVersions;

/**
 * Removing a published version's line from the lock, or the whole lock, does not unlock it: the
 * older versions and what the previous site published must stay in the lock, unless {@code accept}
 * puts them back on purpose. A project two versions long, both published.
 */
class LockBypassTest {

    private static final Path VALID = Path.of("src/test/resources/cases/valid/policy");
    private static final LocalDate TODAY = LocalDate.of(2019, 7, 1);
    private static final String OLDER = "versions/2019-03-01.en.yaml";
    private static final String NEWER = "versions/2019-06-01.en.yaml";

    @TempDir
    Path dir;
    private Path policy;
    private Path lock;
    private Path site;

    @BeforeEach
    void buildTheFirstSite() throws Exception {
        policy = TestFiles.copy(VALID, dir.resolve("policy"));
        lock = policy.resolve(PublishedVersions.FILE);
        site = dir.resolve("site");
        Files.writeString(policy.resolve(NEWER), Files.readString(policy.resolve(OLDER))
                .replace("announced: 2019-01-15", "announced: 2019-04-15").replace("Tinyco SARL", "Tinyco SAS"));
        PlainPolicy.BuildResult first = build();
        assertEquals(0, first.check().errors(), first.check().findings()::toString);
        assertEquals(List.of(OLDER, NEWER), List.copyOf(PublishedVersions.read(policy).keySet()),
                "the first build of a new project creates the lock");
    }

    @Test
    void aSecondIdenticalBuildIsUpToDate() throws Exception {
        assertTrue(build().upToDate());
    }

    @Test
    void anOlderVersionMissingFromTheLockIsAnError() throws Exception {
        removeLine(OLDER);
        edit(OLDER);
        String expected = OLDER + " is older than " + NEWER + ", which plainpolicy.lock holds, but the lock does not "
                + "hold " + OLDER + "; a published version stays locked, so if its line was deleted, restore it by "
                + "running: " + PublishedVersions.acceptCommand(policy, OLDER) + "; a new version cannot take "
                + "a past date: date it after 2019-06-01";

        assertEquals(List.of(atLock(expected)), PlainPolicy.standard().check(policy).findings());
        PlainPolicy.BuildResult build = build();
        assertEquals(List.of(atLock(expected)), build.check().findings());
        assertEquals(0, build.filesWritten());
    }

    @Test
    void aDeletedLockIsNoticedByABuildThatFindsNothingElseChanged() throws Exception {
        Files.delete(lock);

        PlainPolicy.BuildResult build = build();

        assertFalse(build.upToDate());
        assertEquals(List.of(atLock(unlocked(OLDER)), atLock(unlocked(NEWER))), build.check().findings());
        assertEquals(0, build.filesWritten());
        assertFalse(Files.exists(lock), "a failed build records nothing");
    }

    @Test
    void validateWithTheOutputFindsWhatBuildFindsOfADeletedLock() throws Exception {
        Files.delete(lock);

        assertEquals(List.of(atLock(unlocked(OLDER)), atLock(unlocked(NEWER))),
                PlainPolicy.standard().check(policy, java.util.Optional.of(site)).findings());
        assertEquals(build().check().findings(),
                PlainPolicy.standard().check(policy, java.util.Optional.of(site)).findings());
    }

    @Test
    void aDeletedLockWithAnEditedPublishedVersionIsAnError() throws Exception {
        Files.delete(lock);
        edit(NEWER);

        PlainPolicy.BuildResult build = build();

        assertEquals(List.of(atLock(unlocked(OLDER)), atLock(NEWER + " was published by the last build, but "
                + "plainpolicy.lock no longer holds it, and the file has changed since; a published version must stay "
                + "as it was, so put back the text that was published and publish the change as a new version, then, "
                + "or to accept the correction on purpose, restore its line by running: "
                + PublishedVersions.acceptCommand(policy, NEWER))), build.check().findings());
        assertEquals(0, build.filesWritten());
    }

    @Test
    void aDeletedLineOfTheNewestVersionIsNoticedByTheNextBuild() throws Exception {
        removeLine(NEWER);

        PlainPolicy.BuildResult build = build();

        assertEquals(List.of(atLock(unlocked(NEWER))), build.check().findings());
        assertEquals(0, build.filesWritten());
    }

    @Test
    void aPublishedVersionDeletedWithItsLineIsAnError() throws Exception {
        removeLine(NEWER);
        Files.delete(policy.resolve(NEWER));

        PlainPolicy.BuildResult build = build();

        assertEquals(List.of(atLock(NEWER + " was published by the last build and is now missing, as is its line in "
                + "plainpolicy.lock; put the file back, as published versions stay online, then restore its line by "
                + "running: " + PublishedVersions.acceptCommand(policy, NEWER))), build.check().findings());
        assertEquals(0, build.filesWritten());
    }

    @Test
    void anEditedLockLineIsNoticedByABuildThatFindsNothingElseChanged() throws Exception {
        Files.writeString(lock, Files.readString(lock).replaceAll("(?m)^(versions/2019-06-01\\.en\\.yaml) \\w+$",
                "$1 " + "0".repeat(64)));

        PlainPolicy.BuildResult build = build();

        assertFalse(build.upToDate());
        assertEquals(List.of(new Position(policy.resolve(NEWER), 1, 1)),
                build.check().findings().stream().map(Finding::position).toList(), build.check().findings()::toString);
        assertEquals(0, build.filesWritten());
    }

    @Test
    void acceptRestoresDeletedLinesOnPurpose() throws Exception {
        Files.delete(lock);
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"accept", policy.toString(), OLDER, NEWER, "--today", TODAY.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertEquals(0, exit, err::toString);
        assertEquals(List.of(), PlainPolicy.standard().check(policy).findings());
        assertTrue(build().upToDate(), "the lock is as the last build left it");
    }

    @Test
    void acceptStillRefusesWhatIsNotAPublishedVersionOfTheProject() throws Exception {
        String upcoming = "versions/2019-09-01.en.yaml";
        Files.copy(policy.resolve(NEWER), policy.resolve(upcoming));
        Files.writeString(policy.resolve("notes.txt"), "not a version\n");
        Map<String, String> before = PublishedVersions.read(policy);

        List<String> refused = PublishedVersions.accept(policy, List.of("site.yaml", "notes.txt",
                "versions/../site.yaml", "versions/2019-12-01.en.yaml", upcoming, "../policy/" + OLDER), TODAY);

        assertEquals(List.of("site.yaml", "notes.txt", "versions/../site.yaml", "versions/2019-12-01.en.yaml",
                upcoming, "../policy/" + OLDER), refused);
        assertEquals(before, PublishedVersions.read(policy));
    }

    private String unlocked(String name) {
        return name + " was published by the last build, but plainpolicy.lock no longer holds it; a published version "
                + "stays locked, so restore its line by running: " + PublishedVersions.acceptCommand(policy, name);
    }

    private Finding atLock(String message) {
        return Finding.error(Position.startOf(lock), message, org.plainpolicy.validate.Rule.PUBLISHED_VERSION.reference());
    }

    private void removeLine(String name) throws IOException {
        Files.writeString(lock, Files.readString(lock).replaceAll("(?m)^" + name.replace(".", "\\.") + " .*\n", ""));
    }

    private void edit(String name) throws IOException {
        Path file = policy.resolve(name);
        Files.writeString(file, Files.readString(file).replace("1 rue Test", "3 rue Test"));
    }

    private PlainPolicy.BuildResult build() throws Exception {
        return PlainPolicy.standard().build(policy, site, TODAY);
    }
}

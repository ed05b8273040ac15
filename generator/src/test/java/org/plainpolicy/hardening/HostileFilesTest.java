package org.plainpolicy.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.TestFiles;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;
import org.plainpolicy.site.PublishedVersions;

/**
 * Files no policy project should hold, committed by anyone who can open a pull request: links out
 * of the project, pipes, files of gigabytes. Each is refused before it is read, with a finding at
 * the file that prints nothing of what it holds, in {@code validate} as in {@code build}, and
 * nothing is built.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileFilesTest {

    private static final Path VALID = Path.of("src/test/resources/cases/valid/policy");
    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);
    private static final String SECRET = "CI_SECRET_TOKEN_5f3a9";
    private static final long THREE_GIB = 3L * 1024 * 1024 * 1024;

    @TempDir
    Path dir;
    private Path policy;
    private Path site;

    @BeforeEach
    void copyTheProject() throws IOException {
        policy = TestFiles.copy(VALID, dir.resolve("policy"));
        site = dir.resolve("site");
    }

    @Test
    void siteYamlLinkedOutOfTheProjectIsRefusedWithoutPrintingIt() throws Exception {
        Path secret = Files.writeString(dir.resolve("environ"), "name: " + SECRET + "\n" + SECRET + ": [\n");
        Path siteYaml = policy.resolve("site.yaml");
        Files.delete(siteYaml);
        Files.createSymbolicLink(siteYaml, secret);

        Finding refused = refusedEverywhere("site.yaml");

        assertEquals("'site.yaml' is a symbolic link to a file outside the policy directory (" + secret.toRealPath()
                + "); copy the file here instead", refused.message());
    }

    @Test
    void versionsLinkedToAFolderOutOfTheProjectIsRefused() throws Exception {
        Path outside = Files.move(policy.resolve("versions"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(policy.resolve("versions"), outside);

        Finding refused = refusedEverywhere("versions");

        assertEquals("'versions' is a symbolic link to a directory outside the policy directory ("
                + outside.toRealPath() + "); copy its files here instead", refused.message());
    }

    @Test
    void versionsLinkedToAFolderInsideTheProjectIsReadAndItsEditsAreSeen() throws Exception {
        Path archive = Files.createDirectories(policy.resolve("archive"));
        Files.move(policy.resolve("versions"), archive.resolve("versions"));
        Files.createSymbolicLink(policy.resolve("versions"), Path.of("archive/versions"));
        assertEquals(List.of(), PlainPolicy.standard().check(policy).findings().stream().filter(Finding::isError)
                .toList());
        assertTrue(build().filesWritten() > 0);

        Path published = archive.resolve("versions/2019-03-01.en.yaml");
        Files.writeString(published, Files.readString(published).replace("Tinyco SARL", "Tinyco SAS"));
        PlainPolicy.BuildResult again = build();

        assertFalse(again.upToDate(), "an edit behind the link is an edit");
        assertEquals(List.of(new Position(policy.resolve("versions/2019-03-01.en.yaml"), 1, 1)),
                again.check().findings().stream().filter(Finding::isError).map(Finding::position).toList(),
                again.check().findings()::toString);
    }

    @Test
    void aPipeAmongTheVersionsIsRefusedWithoutWaitingOnIt() throws Exception {
        Path pipe = policy.resolve("versions/2019-06-01.en.yaml");
        mkfifo(pipe);

        Finding refused = refusedEverywhere("versions/2019-06-01.en.yaml");

        assertEquals("'2019-06-01.en.yaml' is not a regular file (a device, a pipe or a socket); a policy project "
                + "holds only text files", refused.message());
    }

    @Test
    void aLockThatIsAPipeIsRefusedWithoutWaitingOnIt() throws Exception {
        mkfifo(policy.resolve(PublishedVersions.FILE));

        Finding refused = refusedEverywhere(PublishedVersions.FILE);

        assertEquals("'plainpolicy.lock' is not a regular file (a device, a pipe or a socket); a policy project "
                + "holds only text files", refused.message());
    }

    @ParameterizedTest
    @CsvSource({"site.yaml, a policy file, 4096", "versions/2019-06-01.en.yaml, a policy file, 4096",
            "plainpolicy.lock, the lock, 16384"})
    void aFileOfThreeGibibytesIsRefusedBeforeItIsRead(String name, String kind, long limitKib) throws Exception {
        Path file = policy.resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(THREE_GIB);
        }

        Finding refused = refusedEverywhere(name);

        assertEquals("'" + file.getFileName() + "' is 3145728 KiB; " + kind + " may be at most " + limitKib
                + " KiB", refused.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"site.yaml", "versions/2019-06-01.en.yaml", "plainpolicy.lock"})
    void aLinkToTheMemoryOfTheProcessIsRefused(String name) throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/self/mem")), "a system with /proc");
        Path file = policy.resolve(name);
        Files.deleteIfExists(file);
        Files.createSymbolicLink(file, Path.of("/proc/self/mem"));

        Finding refused = refusedEverywhere(name);

        assertTrue(refused.message().matches("'" + file.getFileName().toString().replace(".", "\\.")
                + "' is a symbolic link to a file outside the policy directory \\(/proc/[0-9]+/mem\\); "
                + "copy the file here instead"), refused.message());
    }

    @Test
    void aLockLinkedOutOfTheProjectIsRefusedWithoutPrintingIt() throws Exception {
        Path secret = Files.writeString(dir.resolve("secrets.lock"), "versions/" + SECRET + " " + SECRET + "\n");
        Files.createSymbolicLink(policy.resolve(PublishedVersions.FILE), secret);

        Finding refused = refusedEverywhere(PublishedVersions.FILE);

        assertEquals("'plainpolicy.lock' is a symbolic link to a file outside the policy directory ("
                + secret.toRealPath() + "); copy the file here instead", refused.message());
    }

    @Test
    void aLockThatIsADirectoryIsRefused() throws Exception {
        Files.createDirectory(policy.resolve(PublishedVersions.FILE));

        Finding refused = refusedEverywhere(PublishedVersions.FILE);

        assertEquals("'plainpolicy.lock' is a directory, not a file", refused.message());
    }

    @Test
    void aCommittedLinkAtTheLocksTemporaryNameIsNotWrittenThrough() throws Exception {
        Path target = Files.writeString(dir.resolve("victim.txt"), "untouched\n");
        Path link = Files.createSymbolicLink(policy.resolve(".plainpolicy.lock.tmp"), target);
        assertEquals(0, PlainPolicy.standard().check(policy).errors());

        PlainPolicy.BuildResult result = build();

        assertTrue(result.filesWritten() > 0, result.check().findings()::toString);
        assertEquals("untouched\n", Files.readString(target));
        assertTrue(Files.isSymbolicLink(link), "the tool leaves what it did not make");
        assertTrue(PublishedVersions.read(policy).containsKey("versions/2019-03-01.en.yaml"));
        assertTrue(Files.isRegularFile(policy.resolve(PublishedVersions.FILE), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aLockLinkedInsideTheProjectIsReplacedNotItsTarget() throws Exception {
        Path notes = Files.writeString(policy.resolve("notes.txt"), "# notes of the editors\n");
        Path lock = Files.createSymbolicLink(policy.resolve(PublishedVersions.FILE), Path.of("notes.txt"));

        PlainPolicy.BuildResult result = build();

        assertTrue(result.filesWritten() > 0, result.check().findings()::toString);
        assertEquals("# notes of the editors\n", Files.readString(notes));
        assertFalse(Files.isSymbolicLink(lock));
        assertTrue(PublishedVersions.read(policy).containsKey("versions/2019-03-01.en.yaml"));
    }

    /**
     * The one error both a check and a build find at {@code name}'s start, after making sure
     * nothing else tells of the file, no message holds the secret, and the build wrote nothing.
     */
    private Finding refusedEverywhere(String name) throws Exception {
        List<Finding> checked = PlainPolicy.standard().check(policy).findings();
        PlainPolicy.BuildResult built = build();
        assertEquals(checked, built.check().findings(), "validate and build find the same");
        assertEquals(0, built.filesWritten());
        assertFalse(Files.exists(site), "nothing is built");
        for (Finding f : checked) {
            assertFalse(f.message().contains(SECRET), f::toString);
        }
        List<Finding> atFile = checked.stream().filter(f -> f.position().file().equals(policy.resolve(name)))
                .toList();
        assertEquals(1, atFile.size(), checked::toString);
        Finding refused = atFile.get(0);
        assertTrue(refused.isError());
        assertEquals(new Position(policy.resolve(name), 1, 1), refused.position());
        return refused;
    }

    private PlainPolicy.BuildResult build() throws Exception {
        return PlainPolicy.standard().build(policy, site, TODAY);
    }

    private static void mkfifo(Path path) throws Exception {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not installed");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(path), "mkfifo made no pipe");
    }
}

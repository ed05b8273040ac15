package org.plainpolicy.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.plainpolicy.load.Sha256;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.Position;

/**
 * The lock file that keeps published versions as they were: {@code plainpolicy.lock} in the policy
 * directory, meant to be committed, with the SHA-256 of each version file once it is in effect.
 * Editing a published file afterwards is an error; {@link #accept} records a correction on purpose.
 */
public final class PublishedVersions {

    public static final String FILE = "plainpolicy.lock";
    public static final String REFERENCE = "published version";
    private static final String HEADER = """
            # Plain Policy: every published version of this policy, with the SHA-256 of its file.
            # The build adds a version once it is in effect. Commit this file with the policy.
            # A published version must not change: publish a new version instead. To accept a
            # correction on purpose (a typo, a new address format), run:
            #   java -jar plainpolicy.jar accept <policy directory> versions/<file>
            """;

    private PublishedVersions() {
    }

    /** Each published file, by its path relative to the policy directory, with its digest. */
    public static Map<String, String> read(Path directory) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        Path lock = directory.resolve(FILE);
        if (!Files.isRegularFile(lock)) {
            return entries;
        }
        for (String line : Files.readAllLines(lock, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+");
            if (!line.startsWith("#") && parts.length == 2) {
                entries.put(parts[0], parts[1]);
            }
        }
        return entries;
    }

    /** An error for each published version whose file has changed or gone since it was locked. */
    public static List<Finding> check(PolicyProject project) {
        return check(project, Map.of());
    }

    /**
     * As {@link #check(PolicyProject)}, with the digests of the version files as the build read
     * them, by absolute path, so that the files need not be read again.
     */
    public static List<Finding> check(PolicyProject project, Map<String, String> digests) {
        List<Finding> findings = new ArrayList<>();
        Path directory = project.directory();
        Map<String, String> locked;
        try {
            locked = read(directory);
        } catch (IOException e) {
            findings.add(Finding.error(Position.startOf(directory.resolve(FILE)), "cannot read " + FILE + ": "
                    + e.getMessage(), REFERENCE));
            return findings;
        }
        locked.forEach((name, digest) -> {
            Path file = directory.resolve(name);
            if (!Files.isRegularFile(file)) {
                findings.add(Finding.error(Position.startOf(directory.resolve(FILE)), name + " was published and "
                        + "is now missing; put it back, as published versions stay online", REFERENCE));
            } else if (!digest.equals(Optional.ofNullable(digests.get(file.toAbsolutePath().normalize().toString()))
                    .orElseGet(() -> digest(file)))) {
                findings.add(Finding.error(Position.startOf(file), name + " has changed since it was published; "
                        + "a published version must stay as it was, so publish a new version instead, or, to correct "
                        + "it on purpose, run: java -jar plainpolicy.jar accept " + directory + " " + name, REFERENCE));
            }
        });
        return findings;
    }

    /** Adds every version in effect on {@code today} that the lock does not hold yet; changes no entry. */
    public static void record(PolicyProject project, LocalDate today) throws IOException {
        Map<String, String> entries = read(project.directory());
        boolean added = false;
        for (VersionFile v : project.versions()) {
            String name = relative(project.directory(), v.file());
            if (!v.effective().isAfter(today) && !entries.containsKey(name)) {
                entries.put(name, digest(v.file()));
                added = true;
            }
        }
        if (added) {
            write(project.directory(), entries);
        }
    }

    /** Records the current content of the named published files, as corrections accepted on purpose. */
    public static List<String> accept(Path directory, Collection<String> names) throws IOException {
        Map<String, String> entries = read(directory);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            String key = name.replace('\\', '/');
            if (entries.containsKey(key) && Files.isRegularFile(directory.resolve(key))) {
                entries.put(key, digest(directory.resolve(key)));
            } else {
                unknown.add(name);
            }
        }
        write(directory, entries);
        return unknown;
    }

    private static void write(Path directory, Map<String, String> entries) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        entries.forEach((name, digest) -> text.append(name).append(' ').append(digest).append('\n'));
        Path lock = directory.resolve(FILE);
        Path temporary = directory.resolve("." + FILE + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, lock, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, lock, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }

    private static String digest(Path file) {
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            return "unreadable";
        }
    }
}

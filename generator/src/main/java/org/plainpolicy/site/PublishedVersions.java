package org.plainpolicy.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.load.ProjectFiles;
import org.plainpolicy.load.Sha256;
import org.plainpolicy.load.VersionCache;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.VersionFile;

/**
 * The lock file that keeps published versions as they were: {@code plainpolicy.lock} in the policy
 * directory, meant to be committed, with the SHA-256 of each version file once it is in effect.
 * Editing a published file afterwards is an error; {@link #accept} records a correction on purpose.
 * Removing a file's line does not unlock it: a version older than one the lock holds, or one the
 * previous site published, must be in the lock too.
 */
public final class PublishedVersions {

    public static final String FILE = "plainpolicy.lock";
    private static final String HEADER = """
            # Plain Policy: every published version of this policy, with the SHA-256 of its file.
            # The build adds a version once it is in effect. Commit this file with the policy.
            # A published version must not change: publish a new version instead. To accept a
            # correction on purpose (a typo, a new address format), run:
            #   java -jar plainpolicy.jar accept <policy directory> versions/<file>
            """;
    /** What stands for a lock the rule of {@link ProjectFiles} refuses, in a digest of the lock. */
    private static final String UNREADABLE = "unreadable";

    private PublishedVersions() {
    }

    /**
     * Each published file, by its path relative to the policy directory, with its digest; none
     * when there is no lock.
     *
     * @throws IOException when the rule of {@link ProjectFiles} refuses the lock (a link out of the
     *                     project, a directory, a file larger than {@link ProjectFiles#MAX_LOCK_BYTES}),
     *                     with the sentence that says why
     */
    public static Map<String, String> read(Path directory) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        Path lock = directory.resolve(FILE);
        if (!ProjectFiles.present(lock)) {
            return entries;
        }
        List<String> problems = new ArrayList<>();
        byte[] bytes = ProjectFiles.in(directory).read(lock, ProjectFiles.MAX_LOCK_BYTES, problems)
                .orElseThrow(() -> new IOException(problems.get(0)));
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.strip().split("\\s+");
            if (!line.startsWith("#") && parts.length == 2) {
                entries.put(parts[0], parts[1]);
            }
        }
        return entries;
    }

    /**
     * Each version of {@code project} in effect on {@code today}, by its path in the policy
     * directory, with its file's digest: what a build on that day publishes.
     */
    public static Map<String, String> inEffect(PolicyProject project, LocalDate today, Map<String, String> digests) {
        ProjectFiles files = ProjectFiles.in(project.directory());
        Map<String, String> published = new TreeMap<>();
        for (VersionFile v : project.versions()) {
            if (!v.effective().isAfter(today)) {
                published.put(relative(project.directory(), v.file()),
                        digestOf(files, v.file(), digests, new ArrayList<>()).orElse(UNREADABLE));
            }
        }
        return published;
    }

    /**
     * The lock's entries once a build on {@code today} has recorded the versions in effect: those
     * it holds, unchanged, and the others added.
     */
    public static Map<String, String> recorded(PolicyProject project, LocalDate today, Map<String, String> digests)
            throws IOException {
        Map<String, String> entries = new TreeMap<>(read(project.directory()));
        inEffect(project, today, digests).forEach(entries::putIfAbsent);
        return entries;
    }

    /** Writes {@code entries} as the lock, unless it holds them already. */
    public static void record(Path directory, Map<String, String> entries) throws IOException {
        if (!entries.equals(read(directory))) {
            write(directory, entries);
        }
    }

    /** A digest of what the lock holds now, its comments aside; the same for every lock the rule refuses. */
    public static String digest(Path directory) {
        try {
            return digest(read(directory));
        } catch (IOException e) {
            return UNREADABLE;
        }
    }

    /** A digest of a lock holding {@code entries}. */
    public static String digest(Map<String, String> entries) {
        return Sha256.hex(text(entries).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Records the current content of the named files, as corrections accepted on purpose: each a
     * version file of the project that the lock holds or that is in effect on {@code today}, so
     * that a deleted line can be restored.
     *
     * @return the names refused, as not published versions of this policy
     */
    public static List<String> accept(Path directory, Collection<String> names, LocalDate today) throws IOException {
        Map<String, String> entries = new TreeMap<>(read(directory));
        Map<String, VersionFile> versions = versionFiles(directory);
        ProjectFiles files = ProjectFiles.in(directory);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            String key = name.replace('\\', '/');
            VersionFile v = versions.get(key);
            Optional<String> digest = v == null || !entries.containsKey(key) && v.effective().isAfter(today)
                    ? Optional.empty() : files.digest(v.file(), ProjectFiles.MAX_POLICY_BYTES, new ArrayList<>());
            if (digest.isPresent()) {
                entries.put(key, digest.get());
            } else {
                unknown.add(name);
            }
        }
        write(directory, entries);
        return unknown;
    }

    /** The project's version files, as the loader finds them, by path in the policy directory. */
    private static Map<String, VersionFile> versionFiles(Path directory) {
        PolicyLoader loader = new PolicyLoader();
        Map<String, VersionFile> versions = new HashMap<>();
        loader.index(directory, new VersionCache(loader, ProjectFiles.in(directory), Map.of())).project()
                .ifPresent(project -> project.versions().forEach(v -> versions.put(relative(directory, v.file()), v)));
        return versions;
    }

    /**
     * Writes the lock through a temporary file of a fresh name, created anew ({@code CREATE_NEW}
     * fails on any entry there, a link included), then moved over the lock: the move replaces the
     * lock itself, were it a link, never what a link points to.
     */
    private static void write(Path directory, Map<String, String> entries) throws IOException {
        AtomicFile.replace(directory.resolve(FILE), text(entries).getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Map<String, String> entries) {
        StringBuilder text = new StringBuilder(HEADER);
        new TreeMap<>(entries).forEach((name, digest) -> text.append(name).append(' ').append(digest).append('\n'));
        return text.toString();
    }

    /** A version file's name in the lock: its path in the policy directory, with forward slashes. */
    public static String relative(Path directory, Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }

    /** The command that accepts a correction of the published file {@code name} on purpose. */
    public static String acceptCommand(Path directory, String name) {
        return "java -jar plainpolicy.jar accept " + directory + " " + name + " (with Maven: mvn plainpolicy:accept "
                + "-Dplainpolicy.accept=" + name + ")";
    }

    /** The digest of a version file as the build read it, or read now under the rule. */
    public static Optional<String> digestOf(ProjectFiles files, Path file, Map<String, String> digests,
                                             List<String> problems) {
        String known = digests.get(file.toAbsolutePath().normalize().toString());
        return known != null ? Optional.of(known) : files.digest(file, ProjectFiles.MAX_POLICY_BYTES, problems);
    }
}

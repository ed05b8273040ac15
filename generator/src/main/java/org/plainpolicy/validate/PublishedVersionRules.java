package org.plainpolicy.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plainpolicy.load.ProjectFiles;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.site.PublishedVersions;

/**
 * The rule of the lock ({@link PublishedVersions#FILE}): a published version stays as it was
 * published, and stays in the lock. Its findings are {@link Rule#PUBLISHED_VERSION}.
 */
final class PublishedVersionRules {

    private PublishedVersionRules() {
    }

    /** An error for each published version whose file has changed or gone since it was locked. */
    static List<Finding> check(PolicyProject project) {
        return check(project, Map.of(), Map.of());
    }

    /**
     * As {@link #check(PolicyProject)}, with the digests of the version files as the build read
     * them, by absolute path, so that the files need not be read again, and the files the previous
     * site published, by path in the policy directory, each of which the lock must still hold.
     */
    static List<Finding> check(PolicyProject project, Map<String, String> digests,
                                      Map<String, String> previouslyPublished) {
        List<Finding> findings = new ArrayList<>();
        Path directory = project.directory();
        Position lockAt = Position.startOf(directory.resolve(PublishedVersions.FILE));
        Map<String, String> locked;
        try {
            locked = PublishedVersions.read(directory);
        } catch (IOException e) {
            findings.add(Rule.PUBLISHED_VERSION.error(lockAt, e.getMessage()));
            return findings;
        }
        ProjectFiles files = ProjectFiles.in(directory);
        locked.forEach((name, digest) -> {
            Path file = directory.resolve(name);
            List<String> problems = new ArrayList<>();
            Optional<String> now = ProjectFiles.present(file) ? PublishedVersions.digestOf(files, file, digests, problems)
                    : Optional.empty();
            if (!ProjectFiles.present(file)) {
                findings.add(Rule.PUBLISHED_VERSION.error(lockAt, name + " was published and is now missing; put it back, as published "
                        + "versions stay online"));
            } else if (now.isEmpty()) {
                findings.add(Rule.PUBLISHED_VERSION.error(lockAt, PublishedVersions.FILE + " holds " + name + ", which cannot be checked: " + problems.get(0)));
            } else if (!digest.equals(now.get())) {
                findings.add(Rule.PUBLISHED_VERSION.error(Position.startOf(file), name + " has changed since it was published; "
                        + "a published version must stay as it was, so publish a new version instead, or, to correct "
                        + "it on purpose, run: " + PublishedVersions.acceptCommand(directory, name)));
            }
        });
        Set<String> older = olderThanLocked(project, locked, findings);
        // What validate finds too comes first; the previous site, which only a build knows, tells the rest.
        previouslyPublished.forEach((name, digest) -> {
            if (!locked.containsKey(name) && !older.contains(name)) {
                findings.add(Rule.PUBLISHED_VERSION.error(lockAt, unlockedSinceTheLastBuild(files, name, digest, digests)));
            }
        });
        return findings;
    }

    /** What to say of a file the last build published and the lock no longer holds. */
    private static String unlockedSinceTheLastBuild(ProjectFiles files, String name, String published,
                                                    Map<String, String> digests) {
        Path file = files.directory().resolve(name);
        String restore = "restore its line by running: " + PublishedVersions.acceptCommand(files.directory(), name);
        if (!ProjectFiles.present(file)) {
            return name + " was published by the last build and is now missing, as is its line in " + PublishedVersions.FILE
                    + "; put the file back, as published versions stay online, then " + restore;
        }
        if (PublishedVersions.digestOf(files, file, digests, new ArrayList<>()).filter(published::equals).isPresent()) {
            return name + " was published by the last build, but " + PublishedVersions.FILE + " no longer holds it; a published "
                    + "version stays locked, so " + restore;
        }
        return name + " was published by the last build, but " + PublishedVersions.FILE + " no longer holds it, and the file has "
                + "changed since; a published version must stay as it was, so put back the text that was published "
                + "and publish the change as a new version, then, or to accept the correction on purpose, " + restore;
    }

    /**
     * Adds an error for each version the lock lacks while it holds a later one of the same
     * language, which it could only have locked once the older one was in effect too.
     *
     * @return the names of those versions
     */
    private static Set<String> olderThanLocked(PolicyProject project, Map<String, String> locked,
                                               List<Finding> findings) {
        Path directory = project.directory();
        Map<String, VersionFile> newestLocked = new HashMap<>();
        for (VersionFile v : project.versions()) {
            if (locked.containsKey(PublishedVersions.relative(directory, v.file()))) {
                newestLocked.merge(v.language(), v, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        Set<String> older = new HashSet<>();
        for (VersionFile v : project.versions()) {
            String name = PublishedVersions.relative(directory, v.file());
            VersionFile newer = newestLocked.get(v.language());
            if (newer != null && v.effective().isBefore(newer.effective()) && !locked.containsKey(name)) {
                older.add(name);
                String later = PublishedVersions.relative(directory, newer.file());
                findings.add(Rule.PUBLISHED_VERSION.error(Position.startOf(directory.resolve(PublishedVersions.FILE)), name + " is older than " + later
                        + ", which " + PublishedVersions.FILE + " holds, but the lock does not hold " + name + "; a published version "
                        + "stays locked, so if its line was deleted, restore it by running: "
                        + PublishedVersions.acceptCommand(directory, name) + "; a new version cannot take a past date: date it after "
                        + newer.id()));
            }
        }
        return older;
    }

}

package org.plainpolicy.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A version file as its name and place say: known before it is read, so that a project can be
 * indexed, and its neighbours found, without holding the versions' text in memory.
 */
public record VersionFile(VersionKey key, Path file) implements Dated, Comparable<VersionFile> {

    public VersionFile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(file, "file");
    }

    @Override
    public int compareTo(VersionFile other) {
        return key.compareTo(other.key);
    }
}

package org.plainpolicy.model;

import java.util.Optional;

/**
 * Where a project reads the full model of a version from when a stage needs it. A large project
 * does not fit in memory as models, so stages ask for one or two versions at a time.
 */
public interface VersionSource {

    /** The model of {@code file}, or empty when the file cannot be read as a version (the loader reports why). */
    Optional<PolicyVersion> read(VersionFile file);

    /** The summary of {@code file}'s version, or empty when it cannot be read. */
    default Optional<VersionSummary> summary(VersionFile file) {
        return read(file).map(VersionSummary::of);
    }
}

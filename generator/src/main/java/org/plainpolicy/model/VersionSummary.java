package org.plainpolicy.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The few facts of a version that pages about all versions show (the archive, the feed): small
 * enough to keep for every version of a large project, and to keep between builds.
 */
public record VersionSummary(Optional<LocalDate> announced, boolean material, List<String> changes,
                             Optional<String> noticeWaived, String sha256) {

    public VersionSummary {
        changes = List.copyOf(changes);
    }

    public static VersionSummary of(PolicyVersion v) {
        return new VersionSummary(v.announced(), v.material(), v.changes(), v.noticeWaived(), v.sha256());
    }
}

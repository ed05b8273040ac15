package org.plainpolicy.build;

import java.util.List;
import java.util.Optional;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.VersionSummary;

/**
 * What a build did with one version file, kept for the next build: the checks' findings and the
 * version's summary under the key of what they depended on, and the pages it wrote under theirs.
 *
 * @param check   what the checks of this version read
 * @param summary empty when the file could not be read as a version
 * @param read    what its pages read; {@link Dependencies#NONE} when no pages were written
 * @param pages   the site paths of its pages, sorted
 */
public record VersionRecord(Dependencies check, List<Finding> findings, Optional<VersionSummary> summary,
                            Dependencies read, List<String> pages) {

    public VersionRecord {
        findings = List.copyOf(findings);
        pages = List.copyOf(pages);
    }

    /** The pages of a version just rendered, before they join its check's record. */
    static VersionRecord rendered(Dependencies read, List<String> pages) {
        return new VersionRecord(Dependencies.NONE, List.of(), Optional.empty(), read, pages);
    }

    VersionRecord withPages(Dependencies pagesRead, List<String> written) {
        return new VersionRecord(check, findings, summary, pagesRead, written.stream().sorted().toList());
    }
}

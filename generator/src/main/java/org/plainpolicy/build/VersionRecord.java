package org.plainpolicy.build;

import java.util.List;
import java.util.Optional;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.VersionSummary;

/**
 * What a build did with one version file, kept for the next build: the checks' findings and the
 * version's summary under the key of what they depended on, and the pages it wrote under theirs.
 *
 * @param checkKey digest of everything the checks of this version read
 * @param summary  empty when the file could not be read as a version
 * @param pageKey  digest of everything its pages read; empty when no pages were written
 * @param pages    the site paths of its pages, sorted
 */
public record VersionRecord(String checkKey, List<Finding> findings, Optional<VersionSummary> summary,
                            String pageKey, List<String> pages) {

    public VersionRecord {
        findings = List.copyOf(findings);
        pages = List.copyOf(pages);
    }

    VersionRecord withPages(String key, List<String> written) {
        return new VersionRecord(checkKey, findings, summary, key, written.stream().sorted().toList());
    }
}

package org.plainpolicy.load;

import java.util.List;
import java.util.Optional;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;

/**
 * What the loader read. The project is absent only when the source directory itself cannot be
 * read; a file that cannot be read is a finding and is left out of the project.
 */
public record LoadResult(Optional<PolicyProject> project, List<Finding> findings) {

    public LoadResult {
        findings = findings.stream().sorted().toList();
    }
}

package org.plainpolicy.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.model.Finding;

/** Any bytes at all, as a version file: the loader returns a version or findings, and never throws. */
class LoaderFuzzTest {

    private static final Path FILE = Path.of("policy/versions/2019-03-01.en.yaml");

    @FuzzTest(maxDuration = "10s")
    void anyBytesGiveAVersionOrFindings(byte[] content) {
        List<Finding> findings = new ArrayList<>();
        new PolicyLoader().parseVersion(FILE, content, findings);
        findings.forEach(f -> assertNotNull(f.position()));
    }
}

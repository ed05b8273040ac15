package org.plainpolicy.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plainpolicy.validate.plain.PlainLanguageChecker;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Origin;
import org.plainpolicy.model.PlainLanguageSettings;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.Site;

/**
 * Any bytes at all, as a version file: the loader returns a version or findings, and never throws;
 * and every text of a version it returns can be read as the later stages read it (its Markdown
 * parsed and walked for the readability report), so that a text the loader lets through cannot
 * crash them either.
 */
class LoaderFuzzTest {

    private static final Path DIRECTORY = Path.of("policy");
    private static final Path FILE = DIRECTORY.resolve("versions/2019-03-01.en.yaml");
    private static final Site SITE = new Site(Optional.of("Fuzz"), Optional.empty(), "en", List.of("en"), 30,
            PlainLanguageSettings.DEFAULTS, org.plainpolicy.model.Paper.A4,
            Origin.of(Position.startOf(Path.of("site.yaml"))));
    private static final PlainLanguageChecker READABILITY = new PlainLanguageChecker();

    @FuzzTest(maxDuration = "10s")
    void anyBytesGiveAVersionOrFindings(byte[] content) {
        List<Finding> findings = new ArrayList<>();
        new PolicyLoader().parseVersion(FILE, content, findings).ifPresent(v -> READABILITY.report(v,
                SITE.plainLanguage()));
        findings.forEach(f -> assertNotNull(f.position()));
    }
}

package org.plainpolicy.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Origin;
import org.plainpolicy.model.PlainLanguageSettings;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.Site;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.validate.Validator;

/** Whatever the loader makes of any bytes, the validator (with the plain-language checks) never throws. */
class ValidatorFuzzTest {

    private static final Path DIRECTORY = Path.of("policy");
    private static final Site SITE = new Site(java.util.Optional.of("Fuzz"), java.util.Optional.empty(), "en",
            List.of("en", "fr"), 30, PlainLanguageSettings.DEFAULTS, org.plainpolicy.model.Paper.A4,
            Origin.of(Position.startOf(Path.of("site.yaml"))));
    private static final Validator VALIDATOR = Validator.standard();

    @FuzzTest(maxDuration = "10s")
    void anyVersionIsValidatedWithoutAnException(byte[] content) {
        List<Finding> findings = new ArrayList<>();
        new PolicyLoader().parseVersion(DIRECTORY.resolve("versions/2019-03-01.en.yaml"), content, findings)
                .ifPresent(v -> VALIDATOR.validate(new PolicyProject(DIRECTORY, SITE,
                        List.of(new VersionFile(v.key(), v.file())), file -> java.util.Optional.of(v))));
    }
}

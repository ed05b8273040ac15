package org.plainpolicy.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The README lists every rule the validator enforces, with its reference, as the rule table has it. */
class RulesInReadmeTest {

    @ParameterizedTest
    @EnumSource(Rule.class)
    void theReadmeListsTheRuleWithItsReference(Rule rule) throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String row = "| " + rule.reference() + " | " + rule.summary() + " |";
        assertTrue(readme.contains(row), () -> "README.md lacks the row: " + row);
    }
}

package org.plainpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} beside a site that {@code build} wrote takes over what the build found of each
 * version whose inputs are as they were, as a rebuild does: it must find exactly what a check from
 * scratch finds, and see an edit made since.
 */
class ValidateAfterBuildTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);

    @TempDir
    Path temp;

    @Test
    void findsWhatACheckFromScratchFindsAndSeesAnEditMadeSince() throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/cases/plain-legalese-paragraph/policy"),
                temp.resolve("policy"));
        Path site = temp.resolve("site");
        PlainPolicy tool = PlainPolicy.standard();
        assertTrue(tool.build(policy, site, TODAY).filesWritten() > 0);

        List<String> fromScratch = lines(PlainPolicy.standard().check(policy), policy);
        assertEquals(3, fromScratch.size(), String.join("\n", fromScratch));
        assertEquals(fromScratch, lines(tool.check(policy, Optional.of(site)), policy));
        assertEquals(fromScratch, lines(PlainPolicy.standard().check(policy, Optional.of(site)), policy));

        Path version = policy.resolve("versions/2019-03-01.en.yaml");
        String text = Files.readString(version, StandardCharsets.UTF_8);
        assertTrue(text.contains("deemed"));
        Files.writeString(version, text.replace("deemed", "considered"), StandardCharsets.UTF_8);
        List<String> afterEdit = lines(tool.check(policy, Optional.of(site)), policy);
        assertEquals(lines(PlainPolicy.standard().check(policy), policy), afterEdit);
        assertFalse(afterEdit.stream().anyMatch(l -> l.contains("'deemed'")), String.join("\n", afterEdit));
    }

    private static List<String> lines(PlainPolicy.CheckResult result, Path policy) {
        return result.findings().stream().map(f -> f.toLine(policy)).toList();
    }
}

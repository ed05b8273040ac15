package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The check run after every build of the test suite, on every page of the site, those kept from
 * the previous build included: the build's own {@link SafeMarkup}.
 */
public final class SafeOutput {

    private SafeOutput() {
    }

    public static void assertSafe(Path site) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String name = site.relativize(page).toString();
                SafeMarkup.problems(Files.readString(page)).forEach(problem -> problems.add(name + ": " + problem));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), problems, "unsafe markup in the built site");
    }
}

package org.plainpolicy.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.site.SiteWriteException;

/** A site built by the whole pipeline into a directory, as a user's build would. */
record BuiltSite(Path root, PlainPolicy.BuildResult result) {

    static BuiltSite build(Path policy, Path output, LocalDate today) {
        try {
            return new BuiltSite(output, PlainPolicy.standard().build(policy, output, today));
        } catch (SiteWriteException e) {
            throw new AssertionError(e);
        }
    }

    /** Every file of the site, as paths relative to its root with '/' separators, sorted. */
    List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> pages() {
        return files().stream().filter(f -> f.endsWith(".html")).toList();
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

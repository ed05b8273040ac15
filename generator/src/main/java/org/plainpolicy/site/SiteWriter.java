package org.plainpolicy.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.plainpolicy.render.OutputFile;

/**
 * The last stage: puts the rendered files in the output directory, all or nothing. The new site
 * is written beside the old one and swapped in only once it is complete, so a build that fails or
 * is killed leaves the previous site whole. A marker file says the directory is the tool's own;
 * the writer never empties a directory without it, nor one that holds the policy's sources.
 */
public final class SiteWriter {

    public static final String MARKER = ".plainpolicy-site";
    private static final String MARKER_TEXT = "This directory is written by Plain Policy. Each build replaces all of it;\n"
            + "keep nothing else here.\n";
    private static final String INPUTS = "inputs: ";
    private static final String WARNINGS = "warnings: ";

    /** What the marker of a site says of the build that wrote it. */
    public record Stamp(String inputs, long warnings) {
    }

    /**
     * Starts a new site for {@code output}, beside it: pages are written as they are rendered, so a
     * build holds one page at a time, not the whole site; {@link Session#commit} swaps it in.
     */
    public Session open(Path output, Path source) throws SiteWriteException {
        Path out = output.toAbsolutePath().normalize();
        Path src = source.toAbsolutePath().normalize();
        if (out.startsWith(src) || src.startsWith(out)) {
            throw new SiteWriteException("the output directory " + output + " must be outside the policy directory "
                    + source + " and must not contain it; choose another, such as target/plainpolicy");
        }
        refuseForeign(out);
        removeLeftovers(out);
        Path fresh = out.getParent().resolve("." + out.getFileName() + ".new-" + UUID.randomUUID());
        try {
            Files.createDirectories(fresh);
        } catch (IOException e) {
            throw new SiteWriteException("cannot write the site to " + output + ": " + e.getMessage(), e);
        }
        return new Session(out, fresh);
    }

    /** A site being written; safe for several threads writing different files. */
    public static final class Session {

        private final Path out;
        private final Path fresh;
        /** Directories made so far: a site has thousands of files in a few directories each. */
        private final Set<Path> directories = ConcurrentHashMap.newKeySet();

        private Session(Path out, Path fresh) {
            this.out = out;
            this.fresh = fresh;
        }

        public void write(OutputFile file) {
            Path target = inside(file.path());
            try {
                directoryFor(target);
                Files.write(target, file.content());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Puts in the new site, at {@code path}, the file of the previous site at {@code previous}
         * unchanged: a hard link where the file system allows one, else a copy.
         *
         * @return false, with nothing put in, when the previous site has no such file
         */
        public boolean keep(String path, Path previous) {
            Path target = inside(path);
            try {
                directoryFor(target);
                try {
                    Files.createLink(target, previous);
                } catch (NoSuchFileException e) {
                    return false;
                } catch (UnsupportedOperationException | IOException e) {
                    if (!Files.exists(previous)) {
                        return false;
                    }
                    Files.copy(previous, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Takes back a file put in with {@link #keep}, so that it may be written anew. */
        public void drop(String path) {
            try {
                Files.deleteIfExists(inside(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Path inside(String path) {
            Path target = fresh.resolve(path).normalize();
            if (!target.startsWith(fresh)) {
                throw new IllegalArgumentException("refusing to write outside the site: " + path);
            }
            return target;
        }

        private void directoryFor(Path file) throws IOException {
            Path directory = file.getParent();
            if (!directories.contains(directory)) {
                Files.createDirectories(directory);
                directories.add(directory);
            }
        }

        /** Marks the new site as the tool's own, with what the build read, and swaps it in. */
        public void commit(Stamp stamp) throws SiteWriteException {
            try {
                Files.writeString(fresh.resolve(MARKER), MARKER_TEXT + INPUTS + stamp.inputs() + "\n" + WARNINGS
                        + stamp.warnings() + "\n", StandardCharsets.UTF_8);
                swap(out, fresh);
            } catch (IOException e) {
                abort();
                throw new SiteWriteException("cannot write the site to " + out + ": " + e.getMessage(), e);
            }
        }

        public void abort() {
            deleteQuietly(fresh);
        }
    }

    /**
     * Clears what a build killed halfway left beside {@code output}: its own hidden new or old
     * copy, by name, putting the old site back when the new one never made it. Every build does
     * this first, even one that then finds nothing to do.
     */
    public void recover(Path output) {
        removeLeftovers(output.toAbsolutePath().normalize());
    }

    private static void removeLeftovers(Path out) {
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = "." + out.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path leftover : siblings.filter(p -> p.getFileName().toString().matches(
                    java.util.regex.Pattern.quote(prefix) + "(new|old)-[0-9a-f-]{36}")).sorted().toList()) {
                // Killed between moving the old site aside and the new one in: the old site is the one to keep.
                if (leftover.getFileName().toString().startsWith(prefix + "old-") && !Files.exists(out)) {
                    move(leftover, out);
                } else {
                    deleteQuietly(leftover);
                }
            }
        } catch (IOException e) {
            // Leftovers harm nothing; the next build tries again.
        }
    }

    private static void refuseForeign(Path out) throws SiteWriteException {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new SiteWriteException("the output " + out + " is a file, not a directory; choose a directory");
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent() && !Files.isRegularFile(out.resolve(MARKER))) {
                throw new SiteWriteException("the output directory " + out + " holds files that Plain Policy did not "
                        + "write; choose an empty or new directory, so that nothing of yours is replaced");
            }
        } catch (IOException e) {
            throw new SiteWriteException("cannot read the output directory " + out + ": " + e.getMessage(), e);
        }
    }

    /** The stamp of the site in {@code output}, if the tool wrote one there. */
    public Optional<Stamp> stamp(Path output) {
        Path marker = output.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            Optional<String> inputs = value(lines, INPUTS);
            Optional<String> warnings = value(lines, WARNINGS).filter(w -> w.matches("\\d{1,9}"));
            return inputs.isPresent() && warnings.isPresent()
                    ? Optional.of(new Stamp(inputs.get(), Long.parseLong(warnings.get()))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> value(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst();
    }

    /** Moves the old site aside, the new one in, then deletes the old one. */
    private static void swap(Path out, Path fresh) throws IOException {
        Path old = out.resolveSibling("." + out.getFileName() + ".old-" + UUID.randomUUID());
        boolean hadOld = Files.exists(out);
        if (hadOld) {
            move(out, old);
        }
        try {
            move(fresh, out);
        } catch (IOException e) {
            if (hadOld) {
                move(old, out);
            }
            throw e;
        }
        if (hadOld) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes a site the tool moved aside. The files go first, on every core (a large site has
     * tens of thousands, in as many directories as versions), then the directories, deepest first.
     */
    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    directories.add(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
            files.parallelStream().forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (Path dir : directories) {
                Files.delete(dir);
            }
        } catch (IOException | UncheckedIOException e) {
            // Leftovers of an old site in a hidden sibling directory harm nothing; the next build tries again.
        }
    }
}

package org.plainpolicy.site;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.plainpolicy.SiteWriteException;
import org.plainpolicy.load.ChangedDuringBuildException;
import org.plainpolicy.render.OutputFile;

/**
 * The last stage: puts the rendered files in the output directory, all or nothing. The new site
 * is written beside the old one and swapped in only once it is complete, so a build that fails or
 * is killed leaves the previous site whole. A marker file says the directory is the tool's own and
 * lists every file the tool wrote there; the writer replaces a directory only when it holds nothing
 * else, and never one that is, holds or lies in the policy directory ({@link OutputLocation}).
 */
public final class SiteWriter {

    public static final String MARKER = ".plainpolicy-site";
    private static final String MARKER_TEXT = "This directory is written by Plain Policy. Each build replaces all of it;\n"
            + "keep nothing else here.\n";
    private static final String INPUTS = "inputs: ";
    private static final String WARNINGS = "warnings: ";
    private static final String FILES = "files: ";
    /** A site of a million files lists them in well under this. */
    private static final long MAX_MARKER_BYTES = 64L * 1024 * 1024;
    private static final int NAMED = 5;

    /** What the marker of a site says of the build that wrote it. */
    public record Stamp(String inputs, long warnings) {
    }

    /**
     * Starts a new site for {@code output}, beside it: pages are written as they are rendered, so a
     * build holds one page at a time, not the whole site; {@link Session#commit} swaps it in.
     */
    public Session open(Path output, Path source) throws SiteWriteException {
        Path out = verify(output, source);
        removeLeftovers(out);
        Path fresh = out.getParent().resolve("." + out.getFileName() + ".new-" + UUID.randomUUID());
        try {
            Files.createDirectories(out.getParent());
            // Never an entry that is already there: the new site holds only what this build puts in it.
            Files.createDirectory(fresh);
        } catch (IOException e) {
            throw new SiteWriteException("cannot write the site to " + output + ": " + e.getMessage(), e);
        }
        return new Session(out, fresh);
    }

    /**
     * Checks that a build may replace {@code output}: its real location is apart from the policy
     * directory {@code source}, and it holds nothing the tool did not write. Lists the whole
     * directory once, without following links.
     *
     * @return the output's real location, where the writer works
     */
    public Path verify(Path output, Path source) throws SiteWriteException {
        Path out = OutputLocation.of(output, source);
        refuseForeign(out, output);
        return out;
    }

    /** A site being written; safe for several threads writing different files. */
    public static final class Session {

        private final Path out;
        private final Path fresh;
        /** Directories made so far: a site has thousands of files in a few directories each. */
        private final Set<Path> directories = ConcurrentHashMap.newKeySet();
        /** The site paths put in, for the marker's list. */
        private final Set<String> written = ConcurrentHashMap.newKeySet();

        private Session(Path out, Path fresh) {
            this.out = out;
            this.fresh = fresh;
        }

        /**
         * Ends the session after {@code failure} and says, once for every shell, what the person who ran
         * the build is to read: nothing of the new site is published.
         *
         * @throws RuntimeException {@code failure} itself, when it is a fault of the tool, not of the files
         */
        public SiteWriteException abort(RuntimeException failure) {
            abort();
            return SiteWriter.failure(failure, out);
        }

        public void write(OutputFile file) {
            Path target = inside(file.path());
            try {
                directoryFor(target);
                Files.write(target, file.content());
                written.add(sitePath(target));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Puts in the new site, at {@code path}, the file of the previous site at {@code previous}
         * unchanged: a hard link where the file system allows one, else a copy. Only a regular
         * file of the output directory is taken over; a link is never followed, so that nothing
         * from elsewhere is published.
         *
         * @return false, with nothing put in, when the previous site has no such file: then the
         *         caller renders it
         */
        public boolean keep(String path, Path previous) {
            Path target = inside(path);
            try {
                if (!previous.toAbsolutePath().normalize().startsWith(out) || !Files.readAttributes(previous,
                        BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
            try {
                directoryFor(target);
                try {
                    Files.createLink(target, previous);
                } catch (NoSuchFileException e) {
                    return false;
                } catch (UnsupportedOperationException | IOException e) {
                    if (!Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
                        return false;
                    }
                    Files.copy(previous, target, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                }
                written.add(sitePath(target));
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Takes back a file put in with {@link #keep}, so that it may be written anew. */
        public void drop(String path) {
            try {
                Path target = inside(path);
                Files.deleteIfExists(target);
                written.remove(sitePath(target));
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

        private String sitePath(Path target) {
            return fresh.relativize(target).toString().replace('\\', '/');
        }

        private void directoryFor(Path file) throws IOException {
            Path directory = file.getParent();
            if (!directories.contains(directory)) {
                Files.createDirectories(directory);
                directories.add(directory);
            }
        }

        /**
         * Marks the new site as the tool's own, with what the build read and the sorted list of
         * every file it put in, and swaps it in.
         */
        public void commit(Stamp stamp) throws SiteWriteException {
            try {
                writeMarker(stamp);
                swap(out, fresh);
            } catch (IOException e) {
                abort();
                throw new SiteWriteException("cannot write the site to " + out + ": " + e.getMessage(), e);
            }
        }

        private void writeMarker(Stamp stamp) throws IOException {
            List<String> files = written.stream().sorted().toList();
            try (BufferedWriter marker = Files.newBufferedWriter(fresh.resolve(MARKER), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                marker.write(MARKER_TEXT + INPUTS + stamp.inputs() + "\n" + WARNINGS + stamp.warnings() + "\n" + FILES
                        + files.size() + "\n");
                for (String file : files) {
                    marker.write(file);
                    marker.write('\n');
                }
            }
        }

        public void abort() {
            deleteQuietly(fresh);
        }
    }

    /**
     * Clears what a build killed halfway left beside {@code output}: its own hidden new or old
     * copy, by name, putting the old site back when the new one never made it. Every build does
     * this first, even one that then finds nothing to do. {@code output} is a real location, as
     * {@link OutputLocation} gives it.
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
                if (leftover.getFileName().toString().startsWith(prefix + "old-")
                        && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                    move(leftover, out);
                } else {
                    deleteQuietly(leftover);
                }
            }
        } catch (IOException e) {
            // Leftovers harm nothing; the next build tries again.
        }
    }

    /**
     * Refuses an output directory that holds anything the tool did not write: what its marker does
     * not list (all of it when there is no marker, or one without a list, as an older version or a
     * hand wrote it), and any link or special file where the list names a file.
     */
    private static void refuseForeign(Path out, Path given) throws SiteWriteException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(out, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw new SiteWriteException("cannot read the output directory " + given + ": " + e.getMessage(), e);
        }
        if (!attributes.isDirectory()) {
            throw new SiteWriteException("the output " + given + " is a file, not a directory. Choose a directory, "
                    + "such as target/plainpolicy.");
        }
        Optional<Set<String>> manifest = manifest(out);
        Set<String> files = manifest.orElse(Set.of());
        Set<String> directories = new HashSet<>();
        files.forEach(file -> {
            for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
                directories.add(file.substring(0, slash));
            }
        });
        Entries foreign = new Entries();
        Entries notPlain = new Entries();
        try {
            Files.walkFileTree(out, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(out)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String path = sitePath(out, dir);
                    if (directories.contains(path)) {
                        return FileVisitResult.CONTINUE;
                    }
                    (files.contains(path) ? notPlain : foreign).add(path);
                    return FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String path = sitePath(out, file);
                    boolean listed = files.contains(path) || directories.contains(path);
                    if (attrs.isRegularFile() && (files.contains(path) || path.equals(MARKER))) {
                        return FileVisitResult.CONTINUE;
                    }
                    (listed ? notPlain : foreign).add(path);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new SiteWriteException("cannot read the output directory " + given + ": " + e.getMessage(), e);
        }
        if (!notPlain.isEmpty()) {
            throw new SiteWriteException("the output directory " + given + " holds links or special files where "
                    + "Plain Policy wrote ordinary files: " + notPlain + ". Delete the output directory if nothing "
                    + "of yours is in it and build again, or choose another output directory, such as "
                    + "target/plainpolicy.");
        }
        if (foreign.isEmpty()) {
            return;
        }
        if (manifest.isEmpty() && Files.exists(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new SiteWriteException("the output directory " + given + " has a Plain Policy marker without the "
                    + "list of the files the tool wrote (an older version of Plain Policy wrote it, or someone else "
                    + "did), so nothing in it can be told apart from files of yours: " + foreign + ". Check that "
                    + "nothing of yours is in it, delete it and build again, or choose another output directory, "
                    + "such as target/plainpolicy.");
        }
        throw new SiteWriteException("the output directory " + given + " holds files that Plain Policy did not write: "
                + foreign + ". Choose an empty or new output directory, such as target/plainpolicy, so that nothing "
                + "of yours is replaced.");
    }

    /** Site paths found, for a message: the first few, sorted, and how many more. */
    private static final class Entries {

        private final TreeSet<String> first = new TreeSet<>();
        private int count;

        void add(String path) {
            count++;
            first.add(path);
            if (first.size() > NAMED) {
                first.remove(first.last());
            }
        }

        boolean isEmpty() {
            return count == 0;
        }

        @Override
        public String toString() {
            return String.join(", ", first) + (count > first.size() ? " and " + (count - first.size()) + " more" : "");
        }
    }

    private static String sitePath(Path site, Path entry) {
        return site.relativize(entry).toString().replace('\\', '/');
    }

    /** The stamp of the site in {@code output}, if the tool wrote one there. Reads the marker's first lines only. */
    public Optional<Stamp> stamp(Path output) {
        try (BufferedReader marker = marker(output.resolve(MARKER))) {
            Optional<String> inputs = Optional.empty();
            Optional<String> warnings = Optional.empty();
            for (String line = marker.readLine(); line != null && !line.startsWith(FILES); line = marker.readLine()) {
                String current = line;
                inputs = inputs.or(() -> value(current, INPUTS));
                warnings = warnings.or(() -> value(current, WARNINGS).filter(w -> w.matches("\\d{1,9}")));
            }
            return inputs.isPresent() && warnings.isPresent()
                    ? Optional.of(new Stamp(inputs.get(), Long.parseLong(warnings.get()))) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The files the marker lists, when it is whole; empty without a marker, or with one of an older version. */
    private static Optional<Set<String>> manifest(Path output) {
        try (BufferedReader marker = marker(output.resolve(MARKER))) {
            String line = marker.readLine();
            while (line != null && !line.startsWith(FILES)) {
                line = marker.readLine();
            }
            if (line == null || !line.substring(FILES.length()).matches("\\d{1,9}")) {
                return Optional.empty();
            }
            int count = Integer.parseInt(line.substring(FILES.length()));
            Set<String> files = new HashSet<>();
            for (line = marker.readLine(); line != null; line = marker.readLine()) {
                files.add(line);
            }
            return files.size() == count ? Optional.of(files) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The marker, read only when it is a regular file of a sane size, never through a link. */
    private static BufferedReader marker(Path marker) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(marker, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile() || attributes.size() > MAX_MARKER_BYTES) {
            throw new IOException("not a marker");
        }
        return new BufferedReader(Channels.newReader(Files.newByteChannel(marker, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS), StandardCharsets.UTF_8));
    }

    private static Optional<String> value(String line, String prefix) {
        return line.startsWith(prefix) ? Optional.of(line.substring(prefix.length())) : Optional.empty();
    }

    /** Moves the old site aside, the new one in, then deletes the old one. */
    private static void swap(Path out, Path fresh) throws IOException {
        Path old = out.resolveSibling("." + out.getFileName() + ".old-" + UUID.randomUUID());
        boolean hadOld = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
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
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
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

    /**
     * The one place where what went wrong while building into {@code output} becomes a sentence for the
     * person who ran the build: a file that cannot be written, or an input edited while the build read it.
     *
     * @throws RuntimeException {@code failure} itself, when it is a fault of the tool, not of the files
     */
    public static SiteWriteException failure(RuntimeException failure, Path output) {
        if (failure instanceof UncheckedIOException io) {
            return new SiteWriteException("cannot write the site to " + output + ": " + io.getCause().getMessage(),
                    failure);
        }
        if (failure instanceof ChangedDuringBuildException changed) {
            return new SiteWriteException(changed.getMessage(), failure);
        }
        throw failure;
    }
}

package org.plainpolicy.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one rule for every file the tool reads from a policy project: the versions, site.yaml, the
 * templates and messages of {@code templates/}, and the lock. Every one of them is untrusted: it
 * may be a symbolic link committed by anyone who can open a pull request.
 * <ul>
 *   <li>its real path, every link resolved, must lie inside the policy directory's real path;</li>
 *   <li>it must be a regular file (no directory, device, FIFO or {@code /proc} entry);</li>
 *   <li>it is read as a stream, never more than its limit plus one byte, so that a file that
 *       grows, or one whose size the file system misreports, cannot exhaust the memory.</li>
 * </ul>
 * A refusal is a sentence for a finding; it names the file and, for a link, where it points, but
 * never shows a byte of the target. Safe to share between threads.
 */
public final class ProjectFiles {

    /** A policy file: far above any real policy (a long one is 100 KiB), far below what would hurt a build. */
    public static final long MAX_POLICY_BYTES = 4L * 1024 * 1024;
    /** A template, stylesheet or messages file of {@code templates/}: the theme's largest is 20 KiB. */
    public static final long MAX_TEMPLATE_BYTES = 1024L * 1024;
    /** The lock: about 100 bytes a version file, so room for 100,000 versions. */
    public static final long MAX_LOCK_BYTES = 16L * 1024 * 1024;

    private final Path directory;
    private final Optional<Path> realDirectory;

    private ProjectFiles(Path directory) {
        this.directory = directory;
        Optional<Path> real;
        try {
            real = Optional.of(directory.toRealPath());
        } catch (IOException e) {
            real = Optional.empty();
        }
        this.realDirectory = real;
    }

    /** The files of the policy project in {@code directory}. */
    public static ProjectFiles in(Path directory) {
        return new ProjectFiles(directory);
    }

    /** The policy directory, as given. */
    public Path directory() {
        return directory;
    }

    /**
     * Why {@code file} may not be read, or empty when it may: it is missing, a link to nothing, a
     * link out of the project, not a regular file, or larger than {@code maxBytes}.
     */
    public Optional<String> problem(Path file, long maxBytes) {
        return resolve(file, maxBytes).problem();
    }

    /** Whether {@code file} exists at all, as an entry, a link to nothing included. */
    public static boolean present(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The bytes of {@code file}, read under the rule above, or empty after {@code problems} has
     * been given the sentence that says why not.
     */
    public Optional<byte[]> read(Path file, long maxBytes, List<String> problems) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return stream(file, maxBytes, problems, bytes::write) ? Optional.of(bytes.toByteArray()) : Optional.empty();
    }

    /**
     * The SHA-256 of {@code file}, in hexadecimal, read as a stream under the rule above, or empty
     * after {@code problems} has been given the sentence that says why not.
     */
    public Optional<String> digest(Path file, long maxBytes, List<String> problems) {
        MessageDigest digest = Sha256.digest();
        return stream(file, maxBytes, problems, digest::update)
                ? Optional.of(HexFormat.of().formatHex(digest.digest())) : Optional.empty();
    }

    private interface Sink {
        void accept(byte[] buffer, int offset, int length);
    }

    /** Feeds {@code file} to {@code sink} a block at a time, stopping as soon as it holds more than {@code maxBytes}. */
    private boolean stream(Path file, long maxBytes, List<String> problems, Sink sink) {
        Resolved resolved = resolve(file, maxBytes);
        if (resolved.problem().isPresent()) {
            problems.add(resolved.problem().get());
            return false;
        }
        try (InputStream in = Files.newInputStream(resolved.real().get(), LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    problems.add(tooBig(file, "more than " + kib(maxBytes), maxBytes));
                    return false;
                }
                sink.accept(buffer, 0, n);
            }
            return true;
        } catch (IOException e) {
            problems.add("cannot read " + name(file) + ": " + SourceText.describe(e));
            return false;
        }
    }

    /**
     * The entries of {@code dir}, sorted, each either readable under the rule (in {@code files})
     * or refused (its sentence in {@code problems}); a directory among them is listed in
     * {@code directories} when it lies inside the project. {@code dir} itself must lie inside.
     */
    public Listing list(Path dir, long maxBytes) {
        List<Path> files = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        List<Refusal> problems = new ArrayList<>();
        Optional<String> outside = directoryProblem(dir);
        if (outside.isPresent()) {
            problems.add(new Refusal(dir, outside.get()));
            return new Listing(files, directories, problems);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                if (Files.isDirectory(entry)) {
                    Optional<String> problem = directoryProblem(entry);
                    if (problem.isPresent()) {
                        problems.add(new Refusal(entry, problem.get()));
                    } else {
                        directories.add(entry);
                    }
                    continue;
                }
                Optional<String> problem = problem(entry, maxBytes);
                if (problem.isPresent()) {
                    problems.add(new Refusal(entry, problem.get()));
                } else {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            problems.add(new Refusal(dir, "cannot list " + name(dir) + ": " + SourceText.describe(e)));
        }
        return new Listing(files, directories, problems);
    }

    /** Every readable file under {@code dir}, depth first and sorted, with what was refused on the way. */
    public Listing walk(Path dir, long maxBytes) {
        List<Path> files = new ArrayList<>();
        List<Path> directories = new ArrayList<>();
        List<Refusal> problems = new ArrayList<>();
        walk(dir, maxBytes, files, directories, problems, 0);
        return new Listing(files, directories, problems);
    }

    private void walk(Path dir, long maxBytes, List<Path> files, List<Path> directories, List<Refusal> problems,
                      int depth) {
        if (depth > MAX_DEPTH) {
            problems.add(new Refusal(dir, name(dir) + " is nested more than " + MAX_DEPTH
                    + " folders deep; keep templates in a few folders"));
            return;
        }
        Listing here = list(dir, maxBytes);
        files.addAll(here.files());
        problems.addAll(here.refused());
        for (Path sub : here.directories()) {
            directories.add(sub);
            walk(sub, maxBytes, files, directories, problems, depth + 1);
        }
    }

    /** Folders inside folders: a link back to a parent folder would otherwise be walked forever. */
    private static final int MAX_DEPTH = 16;

    /** A directory's own problem: it must exist and lie inside the project, links resolved. */
    public Optional<String> directoryProblem(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.of(name(dir) + " is not a directory");
        }
        try {
            Path real = dir.toRealPath();
            if (realDirectory.isEmpty() || !real.startsWith(realDirectory.get())) {
                return Optional.of(name(dir) + " is a symbolic link to a directory outside the policy directory ("
                        + real + "); copy its files here instead");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot read " + name(dir) + ": " + SourceText.describe(e));
        }
    }

    /** What a listing found: files that may be read, folders inside the project, and what was refused. */
    public record Listing(List<Path> files, List<Path> directories, List<Refusal> refused) {

        public Listing {
            files = List.copyOf(files);
            directories = List.copyOf(directories);
            refused = List.copyOf(refused);
        }
    }

    /** A file or folder the rule refuses, with the sentence that says why. */
    public record Refusal(Path file, String problem) {
    }

    private record Resolved(Optional<Path> real, Optional<String> problem) {

        static Resolved refused(String problem) {
            return new Resolved(Optional.empty(), Optional.of(problem));
        }
    }

    private Resolved resolve(Path file, long maxBytes) {
        if (!present(file)) {
            return Resolved.refused(name(file) + " does not exist");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            return Resolved.refused(name(file) + " is a symbolic link to nothing; remove it");
        } catch (IOException e) {
            return Resolved.refused("cannot read " + name(file) + ": " + SourceText.describe(e));
        }
        if (realDirectory.isEmpty() || !real.startsWith(realDirectory.get())) {
            return Resolved.refused(name(file) + " is a symbolic link to a file outside the policy directory ("
                    + real + "); copy the file here instead");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Resolved.refused("cannot read " + name(file) + ": " + SourceText.describe(e));
        }
        if (attributes.isDirectory()) {
            return Resolved.refused(name(file) + " is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            return Resolved.refused(name(file) + " is not a regular file (a device, a pipe or a socket); "
                    + "a policy project holds only text files");
        }
        if (attributes.size() > maxBytes) {
            return Resolved.refused(tooBig(file, kib(attributes.size()), maxBytes));
        }
        return new Resolved(Optional.of(real), Optional.empty());
    }

    private static String tooBig(Path file, String size, long maxBytes) {
        return name(file) + " is " + size + "; " + kind(maxBytes) + " may be at most " + kib(maxBytes);
    }

    /** The kind of file a limit is for, in the editor's words. */
    private static String kind(long maxBytes) {
        if (maxBytes == MAX_POLICY_BYTES) {
            return "a policy file";
        }
        if (maxBytes == MAX_TEMPLATE_BYTES) {
            return "a template, stylesheet or messages file";
        }
        return maxBytes == MAX_LOCK_BYTES ? "the lock" : "a file here";
    }

    private static String kib(long bytes) {
        return bytes / 1024 + " KiB";
    }

    /** The file as the editor knows it: its name, quoted. */
    static String name(Path file) {
        Path name = file.getFileName();
        return "'" + (name == null ? file : name) + "'";
    }
}

package org.plainpolicy.site;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.load.ProjectFiles;
import org.plainpolicy.load.Sha256;

/**
 * Digests of everything a build reads, each file read once: every file of the policy directory
 * (versions, site.yaml, templates) by path and content, the day taken as today, and the tool's
 * version. Two builds with the same {@code whole} fingerprint write the same site, so the second
 * need not run; when only {@code files} differ, a build redoes only the work of the versions whose
 * files changed.
 *
 * @param whole  everything: two builds with the same one write the same site
 * @param shared what every page and check depends on: the tool and every file outside
 *               {@code versions/} (site.yaml, the templates), without the day
 * @param files  the SHA-256 of each version file, by its absolute, normalised path
 */
public record InputFingerprint(String whole, String shared, Map<String, String> files) {

    public InputFingerprint {
        files = Map.copyOf(files);
    }

    /**
     * The tool itself: the jars (or class directories) of the generator and of the theme, so that a
     * new build of the tool, even under the same version, rebuilds the site. Computed once.
     */
    private static final byte[] TOOL = toolDigest();

    private static byte[] toolDigest() {
        MessageDigest digest = Sha256.digest();
        Set<Path> seen = new HashSet<>();
        for (String resource : List.of("org/plainpolicy/site/InputFingerprint.class", "org/plainpolicy/theme/layout.vm")) {
            URL url = InputFingerprint.class.getClassLoader().getResource(resource);
            if (url == null) {
                continue;
            }
            try {
                Path location = locationOf(url, resource);
                // The command line's jar holds both: digest it once.
                if (!seen.add(location)) {
                    continue;
                }
                if (Files.isDirectory(location)) {
                    for (Path file : toolFiles(location)) {
                        update(digest, file.getFileName().toString(), Files.readAllBytes(file));
                    }
                } else {
                    updateWithJar(digest, location);
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                update(digest, resource, url.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return digest.digest();
    }

    /**
     * A jar by its central directory: the name, size, CRC-32 and date of each entry, as the jar
     * lists them. Any rebuild that changes a class or a template changes it. The directory's bytes
     * are summed with CRC-32C and Adler-32, which the JVM runs natively from its first call: a cold
     * start must not spend a tenth of a second listing ten thousand entries, nor hash megabytes
     * before the JIT compiles SHA-256. Sixty-four bits tell one build of the tool from another;
     * nothing here needs to resist forgery, as whoever can replace the jar runs the code anyway.
     */
    private static void updateWithJar(MessageDigest digest, Path jar) throws IOException {
        update(digest, "jar", jarIdentity(jar));
    }

    /** What tells one build of a jar from another: its central directory's length and two sums of it. */
    static String jarIdentity(Path jar) throws IOException {
        try (FileChannel channel = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = channel.size();
            int tailLength = (int) Math.min(size, 22 + 65_535);
            ByteBuffer tail = ByteBuffer.allocate(tailLength).order(ByteOrder.LITTLE_ENDIAN);
            readFully(channel, tail, size - tailLength);
            int end = -1;
            for (int at = tailLength - 22; at >= 0; at--) {
                if (tail.getInt(at) == 0x06054b50) {
                    end = at;
                    break;
                }
            }
            if (end < 0) {
                throw new IOException("not a jar: " + jar);
            }
            long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
            if (directoryOffset + directorySize > size || directorySize > Integer.MAX_VALUE) {
                throw new IOException("a jar whose directory this tool cannot read: " + jar);
            }
            ByteBuffer directory = ByteBuffer.allocate((int) directorySize);
            readFully(channel, directory, directoryOffset);
            directory.flip();
            CRC32C crc = new CRC32C();
            crc.update(directory.duplicate());
            Adler32 adler = new Adler32();
            adler.update(directory);
            return directorySize + " " + crc.getValue() + " " + adler.getValue();
        }
    }

    /** A read may return fewer bytes than asked for: reads on until {@code buffer} is full. */
    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new IOException("the jar ended early");
            }
            at += read;
        }
    }

    /** The jar or directory a resource comes from. */
    private static Path locationOf(URL url, String resource) throws URISyntaxException {
        String text = url.toString();
        if (text.startsWith("jar:")) {
            return Path.of(new URI(text.substring(4, text.indexOf("!/"))));
        }
        Path path = Path.of(url.toURI());
        for (int i = 0; i < resource.split("/").length; i++) {
            path = path.getParent();
        }
        return path;
    }

    /**
     * Reads once, as a stream, every file a build reads from {@code sourceDirectory}, each found
     * and refused as the loader and the theme find and refuse it: site.yaml, the entries of
     * {@code versions/} (through a link to a folder inside the project too) and the files of
     * {@code templates/}. A refused file counts only by its name and the fact it was refused: the
     * build then fails on its finding, and nothing reads it. {@code settings} are what else the
     * build depends on.
     */
    public static InputFingerprint read(Path sourceDirectory, String... settings) {
        MessageDigest whole = Sha256.digest();
        MessageDigest shared = Sha256.digest();
        for (String setting : settings) {
            update(whole, "setting", setting.getBytes(StandardCharsets.UTF_8));
        }
        update(whole, "tool", TOOL);
        update(shared, "tool", TOOL);
        ProjectFiles project = ProjectFiles.in(sourceDirectory);
        Map<String, String> versions = new TreeMap<>();
        Path site = sourceDirectory.resolve(PolicyLoader.SITE_FILE);
        if (ProjectFiles.present(site)) {
            String digest = digest(project, site, ProjectFiles.MAX_POLICY_BYTES);
            update(whole, PolicyLoader.SITE_FILE, digest);
            update(shared, PolicyLoader.SITE_FILE, digest);
        }
        Path versionsDirectory = sourceDirectory.resolve(PolicyLoader.VERSIONS_DIRECTORY);
        if (Files.isDirectory(versionsDirectory)) {
            ProjectFiles.Listing listing = project.list(versionsDirectory, ProjectFiles.MAX_POLICY_BYTES);
            for (Path file : listing.files()) {
                String digest = digest(project, file, ProjectFiles.MAX_POLICY_BYTES);
                update(whole, name(sourceDirectory, file), digest);
                versions.put(file.toAbsolutePath().normalize().toString(), digest);
            }
            // The loader refuses a folder among the versions too.
            listing.directories().forEach(folder -> update(whole, name(sourceDirectory, folder), REFUSED));
            refused(whole, sourceDirectory, listing);
        }
        Path templates = sourceDirectory.resolve(PlainPolicy.TEMPLATES_DIRECTORY);
        if (Files.isDirectory(templates)) {
            ProjectFiles.Listing listing = project.walk(templates, ProjectFiles.MAX_TEMPLATE_BYTES);
            for (Path file : listing.files()) {
                String digest = digest(project, file, ProjectFiles.MAX_TEMPLATE_BYTES);
                update(whole, name(sourceDirectory, file), digest);
                update(shared, name(sourceDirectory, file), digest);
            }
            refused(whole, sourceDirectory, listing);
            refused(shared, sourceDirectory, listing);
        }
        return new InputFingerprint(hex(whole.digest()), hex(shared.digest()), versions);
    }

    /**
     * This fingerprint with the lock as a build leaves it: what a site's stamp compares, so that a
     * lock deleted or edited since is noticed even when nothing else changed.
     */
    public String withLock(String lock) {
        return digest(whole + " lock " + lock);
    }

    /** The digest of some text, in hexadecimal, for keys derived from these digests. */
    public static String digest(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The class files of a tool run from its build directory, as a developer or a test runs it. */
    private static List<Path> toolFiles(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The file's SHA-256, or, when the rule refuses it (it grew, or was swapped, since it was listed), a mark of that. */
    private static String digest(ProjectFiles project, Path file, long maxBytes) {
        return project.digest(file, maxBytes, new ArrayList<>()).orElse(REFUSED);
    }

    private static final String REFUSED = "refused";

    /** Each refused file or folder by its name alone: nothing of it is read. */
    private static void refused(MessageDigest digest, Path sourceDirectory, ProjectFiles.Listing listing) {
        for (ProjectFiles.Refusal refusal : listing.refused()) {
            update(digest, name(sourceDirectory, refusal.file()), REFUSED);
        }
    }

    private static String name(Path sourceDirectory, Path file) {
        return sourceDirectory.relativize(file).toString().replace('\\', '/');
    }

    private static void update(MessageDigest digest, String name, String content) {
        update(digest, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Name and content, each preceded by its length, so that no two inputs can digest alike by concatenation. */
    private static void update(MessageDigest digest, String name, byte[] content) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        digest.update(longBytes(nameBytes.length));
        digest.update(nameBytes);
        digest.update(longBytes(content.length));
        digest.update(content);
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 7; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return bytes;
    }
}

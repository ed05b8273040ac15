package org.plainpolicy.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.plainpolicy.load.PolicyLoader;
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
        for (String resource : List.of("org/plainpolicy/site/InputFingerprint.class", "org/plainpolicy/theme/layout.vm")) {
            URL url = InputFingerprint.class.getClassLoader().getResource(resource);
            if (url == null) {
                continue;
            }
            try {
                Path location = locationOf(url, resource);
                for (Path file : Files.isDirectory(location) ? files(location) : List.of(location)) {
                    update(digest, file.getFileName().toString(), Files.readAllBytes(file));
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                update(digest, resource, url.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return digest.digest();
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

    /** Reads every file of {@code sourceDirectory} once; {@code settings} are what else the build depends on. */
    public static InputFingerprint read(Path sourceDirectory, String... settings) {
        MessageDigest whole = Sha256.digest();
        MessageDigest shared = Sha256.digest();
        for (String setting : settings) {
            update(whole, "setting", setting.getBytes(StandardCharsets.UTF_8));
        }
        update(whole, "tool", TOOL);
        update(shared, "tool", TOOL);
        Map<String, String> versions = new TreeMap<>();
        Path versionsDirectory = sourceDirectory.resolve(PolicyLoader.VERSIONS_DIRECTORY);
        for (Path file : files(sourceDirectory)) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String name = sourceDirectory.relativize(file).toString().replace('\\', '/');
            update(whole, name, content);
            if (file.getParent().equals(versionsDirectory)) {
                versions.put(file.toAbsolutePath().normalize().toString(), Sha256.hex(content));
            } else {
                update(shared, name, content);
            }
        }
        return new InputFingerprint(hex(whole.digest()), hex(shared.digest()), versions);
    }

    /** The digest of some text, in hexadecimal, for keys derived from these digests. */
    public static String digest(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            // The lock is what a build writes, not what it reads for the site.
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(PublishedVersions.FILE)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

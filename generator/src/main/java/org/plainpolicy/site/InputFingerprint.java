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
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of everything a build reads: every file of the policy directory (versions, site.yaml,
 * templates) by path and content, the day taken as today, and the tool's version. Two builds with
 * the same fingerprint write the same site, so the second need not run.
 */
public final class InputFingerprint {

    /**
     * The tool itself: the jars (or class directories) of the generator and of the theme, so that a
     * new build of the tool, even under the same version, rebuilds the site. Computed once.
     */
    private static final byte[] TOOL = toolDigest();

    private InputFingerprint() {
    }

    private static byte[] toolDigest() {
        MessageDigest digest = sha256();
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

    public static String of(Path sourceDirectory, String... settings) {
        MessageDigest digest = sha256();
        for (String setting : settings) {
            update(digest, "setting", setting.getBytes(StandardCharsets.UTF_8));
        }
        update(digest, "tool", TOOL);
        for (Path file : files(sourceDirectory)) {
            try {
                update(digest, sourceDirectory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

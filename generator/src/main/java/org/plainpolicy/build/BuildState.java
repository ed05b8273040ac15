package org.plainpolicy.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.Severity;
import org.plainpolicy.model.VersionSummary;

/**
 * What the last build kept of its work, so that the next one redoes only what changed: a
 * {@link VersionRecord} per version file, by its path in the policy directory, and a
 * {@link PageRecord} per page about all versions, by name; valid only with the same {@code shared}
 * inputs (tool, site.yaml, templates). Kept in the site as {@value #FILE}; a
 * state that cannot be read is no state, and the build does everything.
 *
 * @param published the version files the build published (in effect on its day), by path in the
 *                  policy directory, with the SHA-256 of each, which the lock must go on holding;
 *                  a file absent here was not published
 * @param findings  everything the build found, so that a build with nothing to do can say it again
 */
public record BuildState(String shared, Map<String, VersionRecord> versions, Map<String, PageRecord> pages,
                         Map<String, String> published, List<Finding> findings) {

    public static final String FILE = ".plainpolicy-state";
    private static final String FORMAT = "plainpolicy-state 6";

    public BuildState {
        versions = Map.copyOf(versions);
        pages = Map.copyOf(pages);
        published = Map.copyOf(published);
        findings = findings.stream().sorted().toList();
    }

    /**
     * The files of a page about all versions (the current page, an archive, a feed, the
     * stylesheet), with what they read.
     */
    public record PageRecord(Dependencies read, List<String> files) {

        public PageRecord {
            files = List.copyOf(files);
        }
    }

    public static BuildState empty() {
        return new BuildState("", Map.of(), Map.of(), Map.of(), List.of());
    }

    /** The state kept in the site at {@code output}, with finding positions resolved against {@code directory}. */
    public static BuildState read(Path output, Path directory) {
        Path file = output.resolve(FILE);
        // The state is the tool's own file in its own directory; a link there is not, and is not read.
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)))) {
            return read(in, directory);
        } catch (IOException | RuntimeException e) {
            // A state from another version of the tool, or cut short: build everything.
            return empty();
        }
    }

    private static BuildState read(DataInputStream in, Path directory) throws IOException {
        if (!string(in).equals(FORMAT)) {
            return empty();
        }
        String shared = string(in);
        Map<String, VersionRecord> versions = new TreeMap<>();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String name = string(in);
            Dependencies check = dependencies(in);
            List<Finding> findings = findings(in, directory);
            Optional<VersionSummary> summary = Optional.empty();
            if (in.readBoolean()) {
                String announced = string(in);
                boolean material = in.readBoolean();
                List<String> changes = strings(in);
                String waived = string(in);
                summary = Optional.of(new VersionSummary(announced.isEmpty() ? Optional.empty()
                        : Optional.of(LocalDate.parse(announced)), material, changes,
                        waived.isEmpty() ? Optional.empty() : Optional.of(waived), string(in)));
            }
            versions.put(name, new VersionRecord(check, findings, summary, dependencies(in), strings(in)));
        }
        Map<String, PageRecord> pages = new TreeMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            pages.put(string(in), new PageRecord(dependencies(in), strings(in)));
        }
        Map<String, String> published = new TreeMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            published.put(string(in), string(in));
        }
        return new BuildState(shared, versions, pages, published, findings(in, directory));
    }

    private static List<Finding> findings(DataInputStream in, Path directory) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            Severity severity = Severity.valueOf(string(in));
            Position at = new Position(directory.resolve(string(in)), in.readInt(), in.readInt());
            findings.add(new Finding(severity, at, string(in), string(in)));
        }
        return findings;
    }

    private static void findings(DataOutputStream out, List<Finding> findings, Path directory) throws IOException {
        out.writeInt(findings.size());
        for (Finding f : findings) {
            string(out, f.severity().name());
            string(out, relative(directory, f.position().file()));
            out.writeInt(f.position().line());
            out.writeInt(f.position().column());
            string(out, f.message());
            string(out, f.reference());
        }
    }

    /** The state as bytes, in a fixed order, so that the same build writes the same file. */
    public byte[] toBytes(Path directory) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            string(out, FORMAT);
            string(out, shared);
            out.writeInt(versions.size());
            for (var entry : new TreeMap<>(versions).entrySet()) {
                VersionRecord r = entry.getValue();
                string(out, entry.getKey());
                dependencies(out, r.check());
                findings(out, r.findings(), directory);
                out.writeBoolean(r.summary().isPresent());
                if (r.summary().isPresent()) {
                    VersionSummary s = r.summary().get();
                    string(out, s.announced().map(LocalDate::toString).orElse(""));
                    out.writeBoolean(s.material());
                    strings(out, s.changes());
                    string(out, s.noticeWaived().orElse(""));
                    string(out, s.sha256());
                }
                dependencies(out, r.read());
                strings(out, r.pages());
            }
            out.writeInt(pages.size());
            for (var entry : new TreeMap<>(pages).entrySet()) {
                string(out, entry.getKey());
                dependencies(out, entry.getValue().read());
                strings(out, entry.getValue().files());
            }
            out.writeInt(published.size());
            for (var entry : new TreeMap<>(published).entrySet()) {
                string(out, entry.getKey());
                string(out, entry.getValue());
            }
            findings(out, findings, directory);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** A file's path relative to the policy directory, with forward slashes, as the state keeps it. */
    static String relative(Path directory, Path file) {
        Path base = directory.toAbsolutePath().normalize();
        Path path = file.toAbsolutePath().normalize();
        return (path.startsWith(base) ? base.relativize(path) : path).toString().replace('\\', '/');
    }

    private static void dependencies(DataOutputStream out, Dependencies dependencies) throws IOException {
        string(out, dependencies.key());
        strings(out, dependencies.reads());
    }

    private static Dependencies dependencies(DataInputStream in) throws IOException {
        return new Dependencies(string(in), strings(in));
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 16 * 1024 * 1024) {
            throw new IOException("not a state file");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            values.add(string(in));
        }
        return values;
    }
}

package org.plainpolicy.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.VersionKey;
import org.plainpolicy.model.VersionSource;
import org.plainpolicy.model.VersionSummary;

/**
 * Reads versions for a project on demand and keeps the most recently used within a budget of
 * memory, so that memory stays bounded however many versions there are: the stages walk versions
 * in order and need a version with its neighbour, which the cache still holds. Summaries, being
 * small, are kept for every version. Safe for several threads.
 *
 * <p>A build reads a file more than once; each read must see the bytes the build first checked.
 * When it knows the files' digests, the cache refuses a file that changed under the build.
 */
public final class VersionCache implements VersionSource {

    /**
     * How much source text the kept models may come from, in bytes. A model takes a few times the
     * size of its file, so this keeps them to about a tenth of the heap: with a large heap, a
     * project that fits is parsed once per build, not once per stage; with a small one, a few
     * dozen versions are kept, enough for every thread's version and its neighbours.
     */
    static final long BUDGET = Math.max(16L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 32);

    private final PolicyLoader loader;
    private final ProjectFiles files;
    private final Map<String, String> digests;
    /** Models by key, least recently used first, with the size of their source. */
    private final LinkedHashMap<VersionKey, Kept> recent = new LinkedHashMap<>(64, 0.75f, true);
    private long keptBytes;
    private final Map<VersionKey, Optional<VersionSummary>> summaries = new ConcurrentHashMap<>();
    private final LongAdder parsed = new LongAdder();
    private final LongAdder requests = new LongAdder();

    /**
     * @param files   the project's files, read under their rule
     * @param digests the SHA-256 of each file by its absolute path, as the build first read it;
     *                empty when the caller does not guard against files changing under it
     */
    public VersionCache(PolicyLoader loader, ProjectFiles files, Map<String, String> digests) {
        this.loader = loader;
        this.files = files;
        this.digests = Map.copyOf(digests);
    }

    /** Reads {@code file} afresh, adding what is wrong with it to {@code findings}, and keeps the model. */
    public Optional<PolicyVersion> load(VersionFile file, List<Finding> findings) {
        parsed.increment();
        Optional<byte[]> bytes = SourceText.readBytes(files, file.file(), findings).map(content -> checked(file, content));
        Optional<PolicyVersion> model = bytes.flatMap(content -> loader.parseVersion(file.file(), content, findings));
        model.ifPresent(v -> keep(file.key(), v, bytes.get().length));
        summaries.put(file.key(), model.map(VersionSummary::of));
        return model;
    }

    @Override
    public Optional<PolicyVersion> read(VersionFile file) {
        requests.increment();
        synchronized (recent) {
            Kept held = recent.get(file.key());
            if (held != null) {
                return Optional.of(held.model());
            }
        }
        return load(file, new ArrayList<>());
    }

    @Override
    public Optional<VersionSummary> summary(VersionFile file) {
        requests.increment();
        Optional<VersionSummary> known = summaries.get(file.key());
        return known != null ? known : read(file).map(VersionSummary::of);
    }

    /** A summary known without reading the file: kept from the build before, for a file that has not changed. */
    public void remember(VersionKey key, VersionSummary summary) {
        summaries.put(key, Optional.of(summary));
    }

    /** How many times a version file was read and parsed. */
    public long parsed() {
        return parsed.sum();
    }

    /**
     * How many times a stage asked for a version's model or summary. It grows with the number of
     * versions, a few per version; were it to grow with their square, some stage would be
     * comparing every version with every other.
     */
    public long requests() {
        return requests.sum();
    }

    private record Kept(PolicyVersion model, long bytes) {
    }

    private void keep(VersionKey key, PolicyVersion v, long bytes) {
        synchronized (recent) {
            Kept before = recent.put(key, new Kept(v, bytes));
            keptBytes += bytes - (before == null ? 0 : before.bytes());
            var eldest = recent.entrySet().iterator();
            while (keptBytes > BUDGET && recent.size() > 1) {
                keptBytes -= eldest.next().getValue().bytes();
                eldest.remove();
            }
        }
    }

    private byte[] checked(VersionFile file, byte[] bytes) {
        String expected = digests.get(file.file().toAbsolutePath().normalize().toString());
        if (expected != null && !expected.equals(Sha256.hex(bytes))) {
            throw new ChangedDuringBuildException(file.file());
        }
        return bytes;
    }
}

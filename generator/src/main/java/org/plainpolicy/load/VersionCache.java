package org.plainpolicy.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
 * Reads versions for a project on demand and keeps the few most recently used, so that memory
 * stays bounded however many versions there are: the stages walk versions in order and need a
 * version with its neighbour, which the cache usually still holds. Summaries, being small, are
 * kept for every version. Safe for several threads.
 *
 * <p>A build reads a file more than once; each read must see the bytes the build first checked.
 * When it knows the files' digests, the cache refuses a file that changed under the build.
 */
public final class VersionCache implements VersionSource {

    /** Enough for every thread's version and its neighbours, a few KiB of text each. */
    static final int CAPACITY = 64;

    private final PolicyLoader loader;
    private final Map<String, String> digests;
    private final Map<VersionKey, PolicyVersion> recent = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<VersionKey, PolicyVersion> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Map<VersionKey, Optional<VersionSummary>> summaries = new ConcurrentHashMap<>();
    private final LongAdder parsed = new LongAdder();
    private final LongAdder requests = new LongAdder();

    /**
     * @param digests the SHA-256 of each file by its absolute path, as the build first read it;
     *                empty when the caller does not guard against files changing under it
     */
    public VersionCache(PolicyLoader loader, Map<String, String> digests) {
        this.loader = loader;
        this.digests = Map.copyOf(digests);
    }

    /** Reads {@code file} afresh, adding what is wrong with it to {@code findings}, and keeps the model. */
    public Optional<PolicyVersion> load(VersionFile file, List<Finding> findings) {
        parsed.increment();
        Optional<PolicyVersion> model = SourceText.readBytes(file.file(), findings)
                .map(bytes -> checked(file, bytes))
                .flatMap(bytes -> loader.parseVersion(file.file(), bytes, findings));
        model.ifPresent(v -> keep(file.key(), v));
        summaries.put(file.key(), model.map(VersionSummary::of));
        return model;
    }

    @Override
    public Optional<PolicyVersion> read(VersionFile file) {
        requests.increment();
        synchronized (recent) {
            PolicyVersion held = recent.get(file.key());
            if (held != null) {
                return Optional.of(held);
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

    private void keep(VersionKey key, PolicyVersion v) {
        synchronized (recent) {
            recent.put(key, v);
        }
    }

    private byte[] checked(VersionFile file, byte[] bytes) {
        String expected = digests.get(file.file().toAbsolutePath().normalize().toString());
        if (expected != null && !expected.equals(sha256(bytes))) {
            throw new ChangedDuringBuildException(file.file());
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

package org.plainpolicy.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A whole policy project: its settings and every version file, in date then language order.
 * Immutable, and indexed once, so that finding a version or a language's versions costs the same
 * for ten versions as for ten thousand. It holds the versions' files, not their text: a version's
 * model is read from the project's {@link VersionSource} when a stage needs it.
 *
 * <p>A project made by {@link #recording} is the same project, which tells a listener each
 * {@link Read} a stage makes of it, so that a build knows what a page or a check depended on.
 */
public final class PolicyProject {

    private final Path directory;
    private final Site site;
    private final List<VersionFile> versions;
    private final VersionSource source;
    private final Map<VersionKey, VersionFile> byKey;
    private final Map<String, List<VersionFile>> byLanguage;
    private final Map<VersionKey, Integer> indexInLanguage;
    private final List<LocalDate> dates;
    private final Map<String, VersionFile> byPath;
    private final Consumer<Read> reads;

    public PolicyProject(Path directory, Site site, List<VersionFile> versions, VersionSource source) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.site = Objects.requireNonNull(site, "site");
        this.source = Objects.requireNonNull(source, "source");
        this.versions = versions.stream().sorted().toList();
        this.byKey = new HashMap<>();
        this.byLanguage = new LinkedHashMap<>();
        this.indexInLanguage = new HashMap<>();
        this.reads = read -> { };
        for (VersionFile v : this.versions) {
            if (byKey.putIfAbsent(v.key(), v) != null) {
                continue;
            }
            List<VersionFile> inLanguage = byLanguage.computeIfAbsent(v.language(), l -> new ArrayList<>());
            indexInLanguage.put(v.key(), inLanguage.size());
            inLanguage.add(v);
        }
        byLanguage.replaceAll((language, list) -> List.copyOf(list));
        this.dates = this.versions.stream().map(VersionFile::effective).distinct().sorted().toList();
        this.byPath = new HashMap<>();
        this.versions.forEach(v -> byPath.putIfAbsent(pathOf(v), v));
    }

    private PolicyProject(PolicyProject project, Consumer<Read> reads) {
        this.directory = project.directory;
        this.site = project.site;
        this.source = project.source;
        this.versions = project.versions;
        this.byKey = project.byKey;
        this.byLanguage = project.byLanguage;
        this.indexInLanguage = project.indexInLanguage;
        this.dates = project.dates;
        this.byPath = project.byPath;
        this.reads = reads;
    }

    /** This project, telling {@code reads} what each call reads of it; {@link #site()} is not told. */
    public PolicyProject recording(Consumer<Read> reads) {
        return new PolicyProject(this, reads);
    }

    /** {@code v}'s path in the policy directory, with forward slashes: how a {@link Read} names a file. */
    public String pathOf(VersionFile v) {
        Path base = directory.toAbsolutePath().normalize();
        Path file = v.file().toAbsolutePath().normalize();
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }

    /** The version file at {@code path} in the policy directory ({@link #pathOf}), if the project has it. */
    public Optional<VersionFile> atPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public Path directory() {
        return directory;
    }

    public Site site() {
        return site;
    }

    /** Every version file, by date then language. */
    public List<VersionFile> versions() {
        reads.accept(Read.of(Read.Kind.ALL_VERSIONS));
        return versions;
    }

    /** The distinct version dates, oldest first. */
    public List<LocalDate> dates() {
        reads.accept(Read.of(Read.Kind.ALL_VERSIONS));
        return dates;
    }

    /** The versions in one language, oldest first. */
    public List<VersionFile> inLanguage(String language) {
        reads.accept(Read.of(Read.Kind.VERSIONS, language));
        return byLanguage.getOrDefault(language, List.of());
    }

    public Optional<VersionFile> version(LocalDate date, String language) {
        reads.accept(Read.of(Read.Kind.VERSION, language, date.toString()));
        return Optional.ofNullable(byKey.get(new VersionKey(date, language)));
    }

    /** The version before {@code v} in its own language. */
    public Optional<VersionFile> previous(VersionKey v) {
        reads.accept(Read.of(Read.Kind.PREVIOUS, v.language(), v.id()));
        Integer index = indexInLanguage.get(v);
        return index == null || index == 0 ? Optional.empty()
                : Optional.of(byLanguage.get(v.language()).get(index - 1));
    }

    /** The version before {@code v}, a version file or a model, in its own language. */
    public Optional<VersionFile> previous(Dated v) {
        return previous(v.key());
    }

    /** The model of {@code v}, or empty when its file cannot be read as a version. */
    public Optional<PolicyVersion> read(VersionFile v) {
        reads.accept(Read.of(Read.Kind.FILE, "", pathOf(v)));
        return source.read(v);
    }

    /**
     * The model of {@code v}, for stages that run only on a project without errors.
     *
     * @throws NoSuchElementException when the file cannot be read as a version
     */
    public PolicyVersion model(VersionFile v) {
        reads.accept(Read.of(Read.Kind.FILE, "", pathOf(v)));
        return source.read(v).orElseThrow(() -> new NoSuchElementException("the version " + v.file()
                + " cannot be read"));
    }

    /** What the archive and the feed show of {@code v}. */
    public VersionSummary summary(VersionFile v) {
        reads.accept(Read.of(Read.Kind.SUMMARY, "", pathOf(v)));
        return source.summary(v).orElseThrow(() -> new NoSuchElementException("the version " + v.file()
                + " cannot be read"));
    }

    /**
     * The SHA-256 of {@code v}'s file, in hexadecimal: a read of its own, so that a page that shows only the
     * summary is not made again for an edit that leaves the summary as it was.
     */
    public String digest(VersionFile v) {
        reads.accept(Read.of(Read.Kind.DIGEST, "", pathOf(v)));
        return source.summary(v).orElseThrow(() -> new NoSuchElementException("the version " + v.file()
                + " cannot be read")).sha256();
    }

    public List<String> languagesUsed() {
        reads.accept(Read.of(Read.Kind.LANGUAGES));
        return byLanguage.keySet().stream().sorted().toList();
    }
}

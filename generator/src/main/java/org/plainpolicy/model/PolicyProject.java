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

/**
 * A whole policy project: its settings and every version file, in date then language order.
 * Immutable, and indexed once, so that finding a version or a language's versions costs the same
 * for ten versions as for ten thousand. It holds the versions' files, not their text: a version's
 * model is read from the project's {@link VersionSource} when a stage needs it.
 */
public final class PolicyProject {

    private final Path directory;
    private final Site site;
    private final List<VersionFile> versions;
    private final VersionSource source;
    private final Map<VersionKey, VersionFile> byKey = new HashMap<>();
    private final Map<String, List<VersionFile>> byLanguage = new LinkedHashMap<>();
    private final Map<VersionKey, Integer> indexInLanguage = new HashMap<>();
    private final List<LocalDate> dates;

    public PolicyProject(Path directory, Site site, List<VersionFile> versions, VersionSource source) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.site = Objects.requireNonNull(site, "site");
        this.source = Objects.requireNonNull(source, "source");
        this.versions = versions.stream().sorted().toList();
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
    }

    public Path directory() {
        return directory;
    }

    public Site site() {
        return site;
    }

    /** Every version file, by date then language. */
    public List<VersionFile> versions() {
        return versions;
    }

    /** The distinct version dates, oldest first. */
    public List<LocalDate> dates() {
        return dates;
    }

    /** The versions in one language, oldest first. */
    public List<VersionFile> inLanguage(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }

    public Optional<VersionFile> version(LocalDate date, String language) {
        return Optional.ofNullable(byKey.get(new VersionKey(date, language)));
    }

    /** The version before {@code v} in its own language. */
    public Optional<VersionFile> previous(VersionKey v) {
        Integer index = indexInLanguage.get(v);
        return index == null || index == 0 ? Optional.empty() : Optional.of(inLanguage(v.language()).get(index - 1));
    }

    /** The version before {@code v}, a version file or a model, in its own language. */
    public Optional<VersionFile> previous(Dated v) {
        return previous(v.key());
    }

    /** The model of {@code v}, or empty when its file cannot be read as a version. */
    public Optional<PolicyVersion> read(VersionFile v) {
        return source.read(v);
    }

    /**
     * The model of {@code v}, for stages that run only on a project without errors.
     *
     * @throws NoSuchElementException when the file cannot be read as a version
     */
    public PolicyVersion model(VersionFile v) {
        return source.read(v).orElseThrow(() -> new NoSuchElementException("the version " + v.file()
                + " cannot be read"));
    }

    /** What the archive and the feed show of {@code v}. */
    public VersionSummary summary(VersionFile v) {
        return source.summary(v).orElseThrow(() -> new NoSuchElementException("the version " + v.file()
                + " cannot be read"));
    }

    public List<String> languagesUsed() {
        return byLanguage.keySet().stream().sorted().toList();
    }
}

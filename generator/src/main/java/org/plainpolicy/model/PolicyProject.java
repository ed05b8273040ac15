package org.plainpolicy.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole policy project: its settings and every version file that could be read, in date then
 * language order. Immutable; indexed once, so that finding a version or a language's versions
 * costs the same for ten versions as for ten thousand.
 */
public final class PolicyProject {

    private final Path directory;
    private final Site site;
    private final List<PolicyVersion> versions;
    private final Map<VersionKey, PolicyVersion> byKey = new HashMap<>();
    private final Map<String, List<PolicyVersion>> byLanguage = new LinkedHashMap<>();
    /** By identity: a version is looked up as the object it is, not compared field by field. */
    private final Map<PolicyVersion, Integer> indexInLanguage = new IdentityHashMap<>();
    private final List<LocalDate> dates;

    public PolicyProject(Path directory, Site site, List<PolicyVersion> versions) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.site = Objects.requireNonNull(site, "site");
        this.versions = versions.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
        for (PolicyVersion v : this.versions) {
            byKey.putIfAbsent(v.key(), v);
            List<PolicyVersion> inLanguage = byLanguage.computeIfAbsent(v.language(), l -> new ArrayList<>());
            indexInLanguage.put(v, inLanguage.size());
            inLanguage.add(v);
        }
        byLanguage.replaceAll((language, list) -> List.copyOf(list));
        this.dates = this.versions.stream().map(PolicyVersion::effective).distinct().sorted().toList();
    }

    public Path directory() {
        return directory;
    }

    public Site site() {
        return site;
    }

    /** Every version file, by date then language. */
    public List<PolicyVersion> versions() {
        return versions;
    }

    /** The distinct version dates, oldest first. */
    public List<LocalDate> dates() {
        return dates;
    }

    /** The versions in one language, oldest first. */
    public List<PolicyVersion> inLanguage(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }

    public Optional<PolicyVersion> version(LocalDate date, String language) {
        return Optional.ofNullable(byKey.get(new VersionKey(date, language)));
    }

    /** The version before {@code v} in its own language. */
    public Optional<PolicyVersion> previous(PolicyVersion v) {
        Integer index = indexInLanguage.get(v);
        return index == null || index == 0 ? Optional.empty() : Optional.of(inLanguage(v.language()).get(index - 1));
    }

    public List<String> languagesUsed() {
        return byLanguage.keySet().stream().sorted().toList();
    }
}

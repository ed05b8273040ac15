package org.plainpolicy.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A whole policy project: its settings and every version file that could be read, in date then language order. */
public record PolicyProject(Path directory, Site site, List<PolicyVersion> versions) {

    public PolicyProject {
        versions = versions.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }

    /** The distinct version dates, oldest first. */
    public List<LocalDate> dates() {
        return versions.stream().map(PolicyVersion::effective).distinct().sorted().toList();
    }

    public List<PolicyVersion> inLanguage(String language) {
        return versions.stream().filter(v -> v.language().equals(language)).toList();
    }

    public Optional<PolicyVersion> version(LocalDate date, String language) {
        return versions.stream().filter(v -> v.effective().equals(date) && v.language().equals(language)).findFirst();
    }

    public List<String> languagesUsed() {
        return versions.stream().map(PolicyVersion::language).distinct().sorted().collect(Collectors.toList());
    }
}

package org.plainpolicy.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The versions of one language on one day: which is in effect, which comes next, and what that makes
 * of each. Computed from the project as it is, without recording what it reads: it is what a page asks
 * of the day, and a page records its questions to it instead ({@link Read.Kind#STATUS} and the like).
 */
public final class Timeline {

    public static final String CURRENT = "current";
    public static final String UPCOMING = "upcoming";
    public static final String PAST = "past";

    private final List<VersionFile> versions;
    private final Optional<VersionFile> current;
    private final Optional<VersionFile> next;

    public Timeline(PolicyProject project, String language, LocalDate today) {
        this.versions = project.inLanguage(language);
        this.current = versions.stream().filter(v -> !v.effective().isAfter(today)).reduce((a, b) -> b);
        this.next = versions.stream().filter(v -> v.effective().isAfter(today)).findFirst();
    }

    /** The language's versions, oldest first. */
    public List<VersionFile> versions() {
        return versions;
    }

    /** The version in effect, if one is yet. */
    public Optional<VersionFile> current() {
        return current;
    }

    /** The first version to take effect after the day. */
    public Optional<VersionFile> next() {
        return next;
    }

    /** {@link #CURRENT}, {@link #UPCOMING} (from the next version on) or {@link #PAST}. */
    public String status(VersionKey v) {
        if (current.filter(c -> c.key().equals(v)).isPresent()) {
            return CURRENT;
        }
        return next.isPresent() && !v.date().isBefore(next.get().effective()) ? UPCOMING : PAST;
    }

    /** The version that replaced {@code v}, when {@code v} is no longer in effect. */
    public Optional<VersionFile> replacement(VersionKey v) {
        if (!status(v).equals(PAST)) {
            return Optional.empty();
        }
        return versions.stream().filter(o -> o.effective().isAfter(v.date())).findFirst();
    }
}

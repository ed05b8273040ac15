package org.plainpolicy.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** What a version file's name says: the version's effective date, which is its id, and its language. */
public record VersionKey(LocalDate date, String language) implements Comparable<VersionKey> {

    private static final Comparator<VersionKey> ORDER =
            Comparator.comparing(VersionKey::date).thenComparing(VersionKey::language);

    public VersionKey {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(language, "language");
    }

    /** The version id, {@code YYYY-MM-DD}. */
    public String id() {
        return date.toString();
    }

    /** The file name this key comes from, {@code 2018-09-15.en.yaml}. */
    public String fileName() {
        return id() + "." + language + ".yaml";
    }

    @Override
    public int compareTo(VersionKey other) {
        return ORDER.compare(this, other);
    }
}

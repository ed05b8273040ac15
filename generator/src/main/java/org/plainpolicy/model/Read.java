package org.plainpolicy.model;

import java.util.Optional;

/**
 * One thing a page or a version's check read of the project: a version file's text, a version's
 * summary, which version comes before another, what is in effect in a language on the build's day.
 * A build records the reads of each page and check; the next build asks the same questions again,
 * and keeps the page or the findings when every answer is the one it had. Nothing a page shows can
 * come from elsewhere, so no list of dependencies is written by hand. The settings, the templates
 * and the tool are read by every page and are part of every key instead.
 *
 * @param kind     what was asked
 * @param language the language asked about, or empty
 * @param subject  the version id ({@code YYYY-MM-DD}), or the file's path in the policy directory, or empty
 */
public record Read(Kind kind, String language, String subject) implements Comparable<Read> {

    /** What a read asks. */
    public enum Kind {
        /** The text of a version file: {@code subject} its path. */
        FILE,
        /** The summary of a version (announced, material, the editor's notes): {@code subject} its path. */
        SUMMARY,
        /** The digest of a version file's bytes, as apps record it: {@code subject} its path. */
        DIGEST,
        /** Which version file comes before version {@code subject} in {@code language}. */
        PREVIOUS,
        /** Which file is version {@code subject} in {@code language}, if any. */
        VERSION,
        /** The ids of the versions in {@code language}. */
        VERSIONS,
        /** Every version file of the project. */
        ALL_VERSIONS,
        /** The languages the project has versions in, as the site orders them. */
        LANGUAGES,
        /** Whether version {@code subject} of {@code language} is current, upcoming or past on the build's day. */
        STATUS,
        /** The version in effect in {@code language} on the build's day. */
        CURRENT,
        /** The first version of {@code language} to take effect after the build's day. */
        NEXT,
        /** The version that replaced version {@code subject} of {@code language}, when it is past. */
        REPLACEMENT
    }

    private static final char SEPARATOR = '\u0001';

    public static Read of(Kind kind) {
        return new Read(kind, "", "");
    }

    public static Read of(Kind kind, String language) {
        return new Read(kind, language, "");
    }

    public static Read of(Kind kind, String language, String subject) {
        return new Read(kind, language, subject);
    }

    /** The read as one line of the build's state. */
    public String encoded() {
        return kind.name() + SEPARATOR + language + SEPARATOR + subject;
    }

    /** The read a line of the build's state holds, or empty for a line this version of the tool does not know. */
    public static Optional<Read> decoded(String line) {
        String[] parts = line.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Read(Kind.valueOf(parts[0]), parts[1], parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(Read other) {
        return encoded().compareTo(other.encoded());
    }
}

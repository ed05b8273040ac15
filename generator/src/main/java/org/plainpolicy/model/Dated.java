package org.plainpolicy.model;

import java.time.LocalDate;

/** Something that is one version in one language, as its key says: a version file, a version's model. */
public interface Dated {

    VersionKey key();

    /** The version id, {@code YYYY-MM-DD}. */
    default String id() {
        return key().id();
    }

    /** The day the version takes effect. */
    default LocalDate effective() {
        return key().date();
    }

    default String language() {
        return key().language();
    }
}

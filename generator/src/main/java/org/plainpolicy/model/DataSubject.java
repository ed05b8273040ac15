package org.plainpolicy.model;

import java.util.List;
import java.util.Optional;

/**
 * A group of people whose data the policy concerns: customers, the people on their lists,
 * employees (GDPR Art. 30(1)(c), the categories of data subjects). Purposes and data categories
 * name theirs by {@code id}; one that names none concerns every group. {@code description} is
 * CommonMark; {@code fides} the group's data subjects in the fideslang taxonomy, for fides.yaml.
 */
public record DataSubject(String id, Optional<String> name, Optional<String> description, List<String> fides,
                          Origin origin) {

    public DataSubject {
        fides = List.copyOf(fides);
    }

    /** The name people read, or the id when the file gives none (the validator reports that). */
    public String displayName() {
        return name.orElse(id);
    }
}

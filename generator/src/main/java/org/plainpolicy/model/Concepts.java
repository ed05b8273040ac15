package org.plainpolicy.model;

import java.util.List;
import java.util.Optional;

/**
 * What a purpose or a category of data is in shared vocabularies, when the editor names it: its
 * concept of the W3C Data Privacy Vocabulary ({@code dpv:} on a purpose, {@code pd:} on data, such
 * as ServiceProvision or EmailAddress) and its fideslang keys ({@code fides:}: the data use of a
 * purpose, the data categories of a category of data). Only the exports read them; the pages do not.
 */
public record Concepts(Optional<String> dpv, List<String> fides) {

    public static final Concepts NONE = new Concepts(Optional.empty(), List.of());

    public Concepts {
        fides = List.copyOf(fides);
    }
}

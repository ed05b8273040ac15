package org.plainpolicy.model;

import java.util.List;

/** The ids of the standard sections of a version page (spec section 7); links to them survive versions. */
public final class SectionIds {

    public static final List<String> STANDARD = List.of(
            "controller", "dpo", "purposes", "personal-data", "recipients", "transfers", "retention",
            "rights", "automated-decisions", "complaint", "security", "children", "glossary", "changes");

    private SectionIds() {
    }
}

package org.plainpolicy.diff;

import java.util.List;

/**
 * The fields of the model that are, on purpose, not compared, each with the reason: what only
 * identifies or places a value, and what the version says of itself rather than of the processing.
 * With {@link ChangeKind} it accounts for every field; whitespace and capitals are no change either,
 * which {@link Differ} handles for every text.
 */
public enum NotAChange {

    VERSION("the version itself: its date and language are what is compared", "PolicyVersion.key",
            "PolicyVersion.file"),
    ANNOUNCEMENT("how the version is announced is said on its own page, not a change to the processing",
            "PolicyVersion.announced", "PolicyVersion.material", "PolicyVersion.noticeWaived"),
    EDITOR_NOTES("the editor's own notes are shown as written, above the computed list", "PolicyVersion.changes"),
    WHERE_WRITTEN("where a value was written in its file", "PolicyVersion.origin", "Purpose.origin",
            "PersonalData.origin", "Recipient.origin", "Transfer.origin", "AutomatedDecision.origin", "Contact.origin",
            "Dpo.origin", "Retention.origin", "Rights.origin", "Rights.overridesOrigin", "FreeSection.origin",
            "GlossaryEntry.origin", "Profiling.origin", "Cookie.origin", "DataSubject.origin", "Reference.at", "Registered.origin", "Described.origin"),
    ESTABLISHMENT("where a controller is established in the EEA decides whether a representative is needed; "
            + "the representative is compared", "Controller.establishment"),
    PLACE_OF_SECTION("where a free section is placed; its title and words are compared", "FreeSection.after"),
    DIGEST("the digest of the file's bytes, for apps; what the bytes say is compared field by field",
            "PolicyVersion.sha256"),
    CONCEPTS("the concepts of shared vocabularies are for the exports; the page says the same in words, which "
            + "are compared", "Purpose.concepts", "PersonalData.concepts", "Concepts.dpv", "Concepts.fides", "DataSubject.fides");

    private final String reason;
    private final List<String> fields;

    NotAChange(String reason, String... fields) {
        this.reason = reason;
        this.fields = List.of(fields);
    }

    public String reason() {
        return reason;
    }

    public List<String> fields() {
        return fields;
    }
}

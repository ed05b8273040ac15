package org.plainpolicy.diff;

import java.util.List;

/**
 * Every kind of change the change list can say, in one table: the message that says it, how much
 * it weighs, and the fields of the model it reports on. A field of the model that the page shows is
 * either named here or set apart in {@link NotAChange}; a test walks the model and fails on a field
 * that is neither, so a new field cannot go uncompared.
 */
public enum ChangeKind {

    CONTROLLER_NAME("change.controller.name", Weight.NOTICE, "PolicyVersion.controllers", "Controller.contact",
            "Contact.name"),
    /** Another organisation responsible for the data is a new controller identity (WP260, para. 29). */
    CONTROLLER_ADDED("change.controller.added", Weight.NOTICE, "PolicyVersion.controllers"),
    CONTROLLER_REMOVED("change.controller.removed", Weight.OTHER, "PolicyVersion.controllers"),
    CONTROLLER_FOR("change.controller.for", Weight.WORDING, "Controller.forWhom"),
    CONTROLLER_CONTACT("change.controller.contact", Weight.OTHER, "Contact.address", "Contact.country",
            "Contact.email", "Contact.phone", "Contact.website"),
    REPRESENTATIVE_ADDED("change.representative.added", Weight.OTHER, "PolicyVersion.representative"),
    REPRESENTATIVE_REMOVED("change.representative.removed", Weight.OTHER, "PolicyVersion.representative"),
    REPRESENTATIVE_CHANGED("change.representative.changed", Weight.OTHER, "PolicyVersion.representative"),
    DPO_APPOINTED("change.dpo.appointed", Weight.OTHER, "PolicyVersion.dpo", "Dpo.appointed"),
    DPO_REMOVED("change.dpo.removed", Weight.OTHER, "Dpo.appointed"),
    DPO_CHANGED("change.dpo.changed", Weight.OTHER, "Dpo.contact"),
    AUTHORITY_CHANGED("change.authority.changed", Weight.OTHER, "PolicyVersion.supervisoryAuthorities",
            "Registered.id", "Described.contact"),
    /** Before the GDPR applied a version needed name no authority: the first to name one says so. */
    AUTHORITY_NAMED("change.authority.named", Weight.OTHER, "PolicyVersion.supervisoryAuthorities"),
    AUTHORITY_ADDED("change.authority.added", Weight.OTHER, "PolicyVersion.supervisoryAuthorities"),
    AUTHORITY_REMOVED("change.authority.removed", Weight.OTHER, "PolicyVersion.supervisoryAuthorities"),

    /** A version that names its groups of people for the first time: before, every part concerned everyone. */
    GROUPS_NAMED("change.groups.named", Weight.OTHER, "PolicyVersion.dataSubjects", "DataSubject.id"),
    GROUP_ADDED("change.group.added", Weight.OTHER, "DataSubject.id"),
    GROUP_REMOVED("change.group.removed", Weight.OTHER, "DataSubject.id"),
    GROUP_RENAMED("change.group.renamed", Weight.WORDING, "DataSubject.name"),
    GROUP_DESCRIBED("change.group.described", Weight.WORDING, "DataSubject.description"),

    PURPOSE_ADDED("change.purpose.added", Weight.NOTICE, "PolicyVersion.purposes", "Purpose.id"),
    PURPOSE_REMOVED("change.purpose.removed", Weight.OTHER, "Purpose.id"),
    PURPOSE_RENAMED("change.purpose.renamed", Weight.WORDING, "Purpose.name"),
    PURPOSE_BASIS("change.purpose.basis", Weight.NOTICE, "Purpose.legalBasis"),
    PURPOSE_BASIS_STATED("change.purpose.basis.stated", Weight.NOTICE, "Purpose.legalBasis"),
    PURPOSE_DESCRIBED("change.purpose.described", Weight.WORDING, "Purpose.description"),
    PURPOSE_INTERESTS("change.purpose.interests", Weight.WORDING, "Purpose.legitimateInterests"),
    PURPOSE_LAW("change.purpose.law", Weight.OTHER, "Purpose.law"),
    PURPOSE_LAW_REMOVED("change.purpose.law.removed", Weight.OTHER, "Purpose.law"),
    PURPOSE_DATA_ADDED("change.purpose.data.added", Weight.NOTICE, "Purpose.data", "Reference.id"),
    PURPOSE_DATA_REMOVED("change.purpose.data.removed", Weight.OTHER, "Purpose.data"),
    /** The data of people a purpose did not use before: for them, a new purpose. */
    PURPOSE_GROUPS_ADDED("change.purpose.groups.added", Weight.NOTICE, "Purpose.dataSubjects"),
    PURPOSE_GROUPS_REMOVED("change.purpose.groups.removed", Weight.OTHER, "Purpose.dataSubjects"),
    PURPOSE_RECIPIENTS_ADDED("change.purpose.recipients.added", Weight.NOTICE, "Purpose.recipients"),
    PURPOSE_RECIPIENTS_REMOVED("change.purpose.recipients.removed", Weight.OTHER, "Purpose.recipients"),
    PURPOSE_DIRECT_MARKETING_ADDED("change.purpose.directMarketing.added", Weight.NOTICE, "Purpose.directMarketing"),
    PURPOSE_DIRECT_MARKETING_REMOVED("change.purpose.directMarketing.removed", Weight.OTHER,
            "Purpose.directMarketing"),

    /** Retention set on a purpose, weighed as on data: longer, from another event or on criteria needs notice. */
    PURPOSE_RETENTION_LONGER("change.purpose.retention.changed", Weight.NOTICE, "Purpose.retention"),
    PURPOSE_RETENTION_SHORTER("change.purpose.retention.changed", Weight.OTHER, "Purpose.retention"),
    PURPOSE_RETENTION_TO_PERIOD("change.purpose.retention", Weight.OTHER, "Purpose.retention"),
    PURPOSE_RETENTION_OTHER("change.purpose.retention", Weight.NOTICE, "Purpose.retention"),
    PURPOSE_RETENTION_STATED("change.purpose.retention", Weight.OTHER, "Purpose.retention"),
    PURPOSE_RETENTION_REWORDED("change.purpose.retention", Weight.WORDING, "Purpose.retention"),
    PURPOSE_RETENTION_REMOVED("change.purpose.retention.removed", Weight.OTHER, "Purpose.retention"),

    DATA_ADDED("change.data.added", Weight.OTHER, "PolicyVersion.personalData", "PersonalData.id"),
    /** New data of a special category (Art. 9) needs notice, as data made special does. */
    DATA_ADDED_SPECIAL("change.data.added", Weight.NOTICE, "PersonalData.special"),
    DATA_REMOVED("change.data.removed", Weight.OTHER, "PersonalData.id"),
    DATA_RENAMED("change.data.renamed", Weight.WORDING, "PersonalData.name"),
    DATA_DESCRIBED("change.data.described", Weight.WORDING, "PersonalData.description"),
    DATA_GROUPS_ADDED("change.data.groups.added", Weight.OTHER, "PersonalData.dataSubjects"),
    DATA_GROUPS_REMOVED("change.data.groups.removed", Weight.OTHER, "PersonalData.dataSubjects"),
    DATA_SOURCE("change.data.source", Weight.OTHER, "PersonalData.source"),
    DATA_SOURCE_DETAILS("change.data.sourceDetails", Weight.WORDING, "PersonalData.sourceDetails"),
    DATA_TOLD_WHEN("change.data.toldWhen", Weight.WORDING, "PersonalData.toldWhen"),
    DATA_SPECIAL_ADDED("change.data.special.added", Weight.NOTICE, "PersonalData.special",
            "PersonalData.specialCondition"),
    DATA_SPECIAL_REMOVED("change.data.special.removed", Weight.OTHER, "PersonalData.special"),
    DATA_SPECIAL_CONDITION("change.data.special.condition", Weight.NOTICE, "PersonalData.specialCondition"),
    DATA_REQUIRED("change.data.required", Weight.OTHER, "PersonalData.required"),
    DATA_CONSEQUENCES("change.data.consequences", Weight.WORDING, "PersonalData.consequences"),

    RETENTION_LONGER("change.retention.changed", Weight.NOTICE, "Retention.period", "RetentionPeriod.amount",
            "RetentionPeriod.unit"),
    RETENTION_SHORTER("change.retention.changed", Weight.OTHER, "Retention.period"),
    /** The same period from another event: it may end later, so it is told as a longer one would be. */
    RETENTION_OTHER_EVENT("change.retention.changed", Weight.NOTICE, "Retention.after"),
    /** Criteria instead of a period: they may keep data longer, so it is told as a longer period would be. */
    RETENTION_TO_CRITERIA("change.retention.toCriteria", Weight.NOTICE, "Retention.criteria"),
    /** Before the GDPR applied a version needed say no retention: the first to give one says so. */
    RETENTION_STATED("change.retention.stated", Weight.OTHER, "PersonalData.retention"),
    RETENTION_TO_PERIOD("change.retention.toPeriod", Weight.OTHER, "Retention.period"),
    RETENTION_CRITERIA("change.retention.criteria", Weight.WORDING, "Retention.criteria"),

    RECIPIENT_ADDED("change.recipient.added", Weight.NOTICE, "PolicyVersion.recipients", "Recipient.id"),
    RECIPIENT_ADDED_ORGANISATION("change.recipient.added.organisation", Weight.NOTICE, "Recipient.id"),
    /** A kind of recipient that names no country: the public, say, where nothing leaves the EEA. */
    RECIPIENT_ADDED_CATEGORY("change.recipient.added.category", Weight.NOTICE, "Recipient.id"),
    RECIPIENT_CATEGORY_ADDED("change.recipient.category.added", Weight.OTHER, "Recipient.category"),
    RECIPIENT_CATEGORY_REMOVED("change.recipient.category.removed", Weight.OTHER, "Recipient.category"),
    RECIPIENT_COUNTRIES_ADDED("change.recipient.countries.added", Weight.NOTICE, "Recipient.countries"),
    RECIPIENT_COUNTRIES_REMOVED("change.recipient.countries.removed", Weight.OTHER, "Recipient.countries"),
    RECIPIENT_REMOVED("change.recipient.removed", Weight.OTHER, "Recipient.id"),
    RECIPIENT_RENAMED("change.recipient.renamed", Weight.WORDING, "Recipient.name"),
    RECIPIENT_COUNTRY("change.recipient.country", Weight.NOTICE, "Recipient.countries"),
    RECIPIENT_ORGANISATION("change.recipient.organisation", Weight.NOTICE, "Recipient.internationalOrganisation"),
    /** A processor that becomes a controller decides for itself what it does with the data. */
    RECIPIENT_ROLE("change.recipient.role", Weight.NOTICE, "Recipient.role"),
    RECIPIENT_PURPOSE("change.recipient.purpose", Weight.WORDING, "Recipient.purpose"),
    RECIPIENT_ARRANGEMENT("change.recipient.arrangement", Weight.WORDING, "Recipient.arrangement"),
    RECIPIENT_CONTACT_POINT("change.recipient.contactPoint", Weight.OTHER, "Recipient.contactPoint"),

    TRANSFER_ADDED("change.transfer.added", Weight.NOTICE, "PolicyVersion.transfers", "Transfer.recipient",
            "Transfer.country", "Transfer.safeguard"),
    TRANSFER_ADDED_ORGANISATION("change.transfer.added.organisation", Weight.NOTICE, "Transfer.recipient"),
    TRANSFER_REMOVED("change.transfer.removed", Weight.OTHER, "Transfer.country"),
    TRANSFER_REMOVED_ORGANISATION("change.transfer.removed.organisation", Weight.OTHER, "Transfer.recipient"),
    TRANSFER_SAFEGUARD("change.transfer.safeguard", Weight.NOTICE, "Transfer.safeguard"),
    TRANSFER_SAFEGUARD_ORGANISATION("change.transfer.safeguard.organisation", Weight.NOTICE, "Transfer.safeguard"),
    TRANSFER_SAFEGUARD_ADDED("change.transfer.safeguard.added", Weight.NOTICE, "Transfer.safeguard"),
    TRANSFER_SAFEGUARD_ADDED_ORGANISATION("change.transfer.safeguard.added.organisation", Weight.NOTICE,
            "Transfer.safeguard"),
    /** A ground dropped leaves the data with less protection than people were told of. */
    TRANSFER_SAFEGUARD_REMOVED("change.transfer.safeguard.removed", Weight.NOTICE, "Transfer.safeguard"),
    TRANSFER_SAFEGUARD_REMOVED_ORGANISATION("change.transfer.safeguard.removed.organisation", Weight.NOTICE,
            "Transfer.safeguard"),
    TRANSFER_DEROGATION("change.transfer.derogation", Weight.NOTICE, "Transfer.derogation"),
    TRANSFER_EXPLAINED("change.transfer.explained", Weight.WORDING, "Transfer.risks", "Transfer.law",
            "Transfer.interests"),
    TRANSFER_DETAILS("change.transfer.details", Weight.WORDING, "Transfer.details"),
    TRANSFER_COPY("change.transfer.copy", Weight.OTHER, "Transfer.copy"),
    TRANSFER_LISTING("change.transfer.listing", Weight.OTHER, "Transfer.listing"),
    TRANSFER_AUTHORITY_INFORMED("change.transfer.authorityInformed", Weight.OTHER, "Transfer.authorityInformed"),

    DECISION_ADDED("change.decision.added", Weight.NOTICE, "PolicyVersion.automatedDecisions",
            "AutomatedDecision.id"),
    DECISION_REMOVED("change.decision.removed", Weight.OTHER, "AutomatedDecision.id"),
    DECISION_RENAMED("change.decision.renamed", Weight.WORDING, "AutomatedDecision.name"),
    DECISION_EXPLAINED("change.decision.explained", Weight.WORDING, "AutomatedDecision.logic",
            "AutomatedDecision.significance", "AutomatedDecision.contest"),
    DECISION_GROUND("change.decision.ground", Weight.NOTICE, "AutomatedDecision.ground"),
    DECISION_LAW("change.decision.law", Weight.OTHER, "AutomatedDecision.law"),
    DECISION_DATA_ADDED("change.decision.data.added", Weight.NOTICE, "AutomatedDecision.data"),
    DECISION_DATA_REMOVED("change.decision.data.removed", Weight.OTHER, "AutomatedDecision.data"),

    /** New analysis of people is new processing, though it brings no right to a human review. */
    PROFILING_ADDED("change.profiling.added", Weight.NOTICE, "PolicyVersion.profiling", "Profiling.id"),
    PROFILING_REMOVED("change.profiling.removed", Weight.OTHER, "Profiling.id"),
    PROFILING_RENAMED("change.profiling.renamed", Weight.WORDING, "Profiling.name"),
    PROFILING_EXPLAINED("change.profiling.explained", Weight.WORDING, "Profiling.logic", "Profiling.significance"),

    /** A new tracker on people's devices, or one set by someone else, is new processing (ePrivacy Art. 5(3)). */
    COOKIE_ADDED("change.cookie.added", Weight.NOTICE, "PolicyVersion.cookies", "Cookie.name"),
    COOKIE_REMOVED("change.cookie.removed", Weight.OTHER, "Cookie.name"),
    COOKIE_PROVIDER("change.cookie.provider", Weight.NOTICE, "Cookie.provider", "Cookie.country"),
    COOKIE_LONGER("change.cookie.longer", Weight.NOTICE, "Cookie.duration", "CookieDuration.period"),
    COOKIE_SHORTER("change.cookie.shorter", Weight.OTHER, "Cookie.duration", "CookieDuration.period"),
    /** Consent no longer asked: set without a choice that people had before. */
    COOKIE_CONSENT_DROPPED("change.cookie.consent.dropped", Weight.NOTICE, "Cookie.consent"),
    COOKIE_CONSENT_ASKED("change.cookie.consent.asked", Weight.OTHER, "Cookie.consent"),
    COOKIE_PURPOSE("change.cookie.purpose", Weight.WORDING, "Cookie.purpose"),

    /** Rights follow from the legal bases and decisions (DerivedRights); they have no field of their own. */
    RIGHT_ADDED("change.right.added", Weight.NOTICE),
    RIGHT_REMOVED("change.right.removed", Weight.NOTICE),
    RIGHT_EXPLAINED("change.right.explained", Weight.WORDING, "Rights.overrides"),
    RIGHTS_CONTACT("change.rights.contact", Weight.OTHER, "PolicyVersion.rights", "Rights.contact"),
    /** Longer to wait for an answer changes how people use their rights. */
    RESPONSE_TIME_LONGER("change.rights.responseTime", Weight.NOTICE, "Rights.responseTime"),
    RESPONSE_TIME_SHORTER("change.rights.responseTime", Weight.OTHER, "Rights.responseTime"),

    /** A lower age, or none, opens the service, and its processing, to younger people. */
    CHILDREN_AGE_LOWER("change.children", Weight.NOTICE, "PolicyVersion.childrenMinimumAge"),
    CHILDREN_AGE_HIGHER("change.children", Weight.OTHER, "PolicyVersion.childrenMinimumAge"),
    CHILDREN_AGE_REMOVED("change.children.removed", Weight.NOTICE, "PolicyVersion.childrenMinimumAge"),

    TITLE("change.title", Weight.WORDING, "PolicyVersion.title"),
    INTRO("change.intro", Weight.WORDING, "PolicyVersion.intro"),
    SECURITY("change.security", Weight.WORDING, "PolicyVersion.security"),
    GLOSSARY_ADDED("change.glossary.added", Weight.WORDING, "PolicyVersion.glossary", "GlossaryEntry.term"),
    GLOSSARY_REMOVED("change.glossary.removed", Weight.WORDING, "GlossaryEntry.term"),
    GLOSSARY_CHANGED("change.glossary.changed", Weight.WORDING, "GlossaryEntry.definition"),
    SECTION_ADDED("change.section.added", Weight.OTHER, "PolicyVersion.sections", "FreeSection.id"),
    SECTION_REMOVED("change.section.removed", Weight.OTHER, "FreeSection.id"),
    SECTION_RENAMED("change.section.renamed", Weight.WORDING, "FreeSection.title"),
    SECTION_CHANGED("change.section.changed", Weight.WORDING, "FreeSection.body");

    /**
     * How much a change weighs, in the order the change list gives them: what people must be told of
     * before it applies (the changes of WP260 rev.01, paragraphs 29 to 31, that the materiality rule
     * checks), then other changes of substance, then changes of wording alone.
     */
    public enum Weight {
        NOTICE, OTHER, WORDING;

        /** The heading of the group on a changes page. */
        public String heading() {
            return "changes.group." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String message;
    private final Weight weight;
    private final List<String> fields;

    ChangeKind(String message, Weight weight, String... fields) {
        this.message = message;
        this.weight = weight;
        this.fields = List.of(fields);
    }

    /** The key of the sentence that says it. */
    public String message() {
        return message;
    }

    public Weight weight() {
        return weight;
    }

    /** The record components it reports on, as {@code Record.component}. */
    public List<String> fields() {
        return fields;
    }

    /** The kind in the words of an error line: "purpose added". */
    public String describe() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}

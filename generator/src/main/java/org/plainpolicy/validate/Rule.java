package org.plainpolicy.validate;

import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;

/**
 * Every rule the validator enforces (spec section 3), in one table: what it asks and the reference
 * its findings end with. Each finding is made here, so a rule's reference is written once.
 */
public enum Rule {
    CONTROLLER("GDPR Art. 13(1)(a)", "controller name, and an email or address; with several controllers "
            + "(`controllers:`), each says whose controller it is (`for`)"),
    REPRESENTATIVE("GDPR Art. 13(1)(a)", "representative present when no controller is in the EEA or has an "
            + "`establishment` there (Art. 3(1), 27)"),
    DPO("GDPR Art. 13(1)(b)", "`dpo` present; when appointed, an email or address"),
    LEGAL_BASIS("GDPR Art. 13(1)(c)", "every purpose has a legal basis"),
    LAW("GDPR Art. 6(3)", "a legal-obligation or public-task purpose names the law it rests on"),
    LEGITIMATE_INTERESTS("GDPR Art. 13(1)(d)", "legitimate-interests purposes state the interests"),
    RECIPIENTS("GDPR Art. 13(1)(e)", "`recipients` present (may be empty); every reference resolves"),
    TRANSFERS("GDPR Art. 13(1)(f)", "every recipient country outside the EEA (as it was on the version's date: "
            + "the UK was in until 2020-12-31) has a transfer with a safeguard that fits it and held on that date "
            + "(privacy-shield from 2016-08-01 to 2020-07-16), and so has every international organisation; "
            + "data-privacy-framework with the recipient's `listing`"),
    ADEQUACY_SCOPE("GDPR Art. 45", "a transfer under an adequacy decision stays in its scope: no public authority "
            + "where the decision covers businesses only (Canada, Japan)"),
    PUBLIC_BODIES("GDPR Art. 46(2)(a), 46(3)(b)", "public-authority-instrument and administrative-arrangement only "
            + "for a recipient that is a public authority or an international organisation"),
    DEROGATION("GDPR Art. 49(1)", "`safeguard: derogation` names its `derogation` (a point of Art. 49(1)) and "
            + "what it asks: explicit-consent the `risks`, compelling-legitimate-interests the `interests` and "
            + "`authorityInformed: true`; those keys only there"),
    DEROGATION_LAW("GDPR Art. 49(4)", "a public-interest derogation names the `law` that recognises the interest"),
    RETENTION("GDPR Art. 13(2)(a)", "every personal data category has a retention period or criteria, or every "
            + "purpose that uses it does; criteria "
            + "that are only a stock phrase (\"as long as necessary\") get a warning"),
    RIGHTS_CONTACT("GDPR Art. 13(2)(b)", "`rights.contact` present"),
    RESPONSE_TIME("GDPR Art. 12(3)", "`rights.responseTime` at most one month (30 days, 4 weeks)"),
    SUPERVISORY_AUTHORITY("GDPR Art. 13(2)(d)", "`supervisoryAuthority` present (one or a list, each named once) "
            + "and resolvable; a controller in the EEA names an authority in the EEA first, as its lead (a warning)"),
    REQUIREMENT("GDPR Art. 13(2)(e)", "`required` present on data people give (`source: you`); `consequences` "
            + "unless optional"),
    AUTOMATED_DECISIONS("GDPR Art. 13(2)(f)", "`automatedDecisions` present; each has logic and significance"),
    PROFILING("GDPR Recital 60", "each `profiling` entry (analysis without legal or similarly significant "
            + "effects) has a name, its logic and what it means for people, and an id no automated decision has"),
    CONCEPTS("format", "`dpv:` and `fides:` on a purpose, `pd:` and `fides:` on a category of data, `fides:` on a "
            + "group of people name concepts of DPV 2.2 and of the fideslang default taxonomy"),
    COOKIES("ePrivacy Art. 5(3)", "each cookie has a `name` (each once), a `provider`, a `purpose` and a "
            + "`duration`; a third party not among the recipients gives its `country`; `cookies:` fills the section "
            + "cookies, which no free section may then take"),
    COOKIE_RECIPIENT("GDPR Art. 13(1)(e)", "a third party that sets a cookie is among the `recipients` (a warning)"),
    CONTEST("GDPR Art. 22(3)", "each automated decision says how to get a person to review it and contest it "
            + "(`contest`)"),
    DECISION_GROUND("GDPR Art. 22(2)", "each automated decision names its `ground` (contract, law or "
            + "explicit-consent), and its `law` when the ground is law"),
    DECISION_SPECIAL("GDPR Art. 22(4)", "an automated decision uses special data only under explicit-consent or "
            + "public-interest"),
    SOURCE("GDPR Art. 14(2)(f)", "each personal data category has a source; sourceDetails unless `you`"),
    SPECIAL_CATEGORY("GDPR Art. 9(2)", "special categories name their Art. 9(2) condition"),
    CHILDREN("GDPR Art. 8(1)", "with a consent purpose, `children.minimumAge` is at least 13 and at least the age "
            + "of digital consent of the controller's country (a warning)"),
    JOINT_CONTROLLER("GDPR Art. 26(2)", "a joint-controller recipient states the essence of the arrangement"),
    CONTACT_POINT("GDPR Art. 26(1)", "a joint-controller recipient gives a `contactPoint` for people"),
    DATA_SUBJECTS("GDPR Art. 30(1)(c)", "each group of people in `dataSubjects` has a name; the groups a purpose or "
            + "a data category names are in `dataSubjects`, and a list of them is not empty; a purpose uses no data "
            + "held only about other groups"),
    RECORD("GDPR Art. 30(1)", "checked by `ropa` only, for the record of processing: the version in effect names "
            + "its groups of people (`dataSubjects`), so that every purpose has its categories of data subjects; each "
            + "purpose names its `data`; the version describes its security measures (`security`)"),
    PURPOSE_DATA("GDPR Art. 5(1)(b)", "a purpose's data ids resolve; every category is used by a purpose"),
    MATERIAL_CHANGE("WP260 rev.01 para. 29-31", "a version marked `material: false` has none of the changes the "
            + "change list puts first as needing notice: a new purpose, legal basis or direct marketing; new data for a "
            + "purpose or decision; a purpose that now uses the data of another group of people; a new recipient, role or country; a transfer or ground added, dropped or swapped, or "
            + "a new derogation; new special data or condition; a new automated decision or ground; data kept longer, "
            + "from another event or on criteria instead of a period; a right gained or lost; a longer time to answer; "
            + "a lower or no minimum age; a new controller; a new cookie, one set by another provider, kept longer "
            + "or set without consent"),
    PUBLISHED_VERSION("published version", "a version a build published stays as it was and stays in "
            + "plainpolicy.lock; a correction is accepted on purpose with `accept`"),
    THEME_LANGUAGE("theme", "every language with versions has the theme's words, shipped or in templates/"),
    NOTICE_PERIOD("notice period", "`announced` on or before the version's date, and at least noticeDays before it"),
    TRANSLATION("translation", "translations agree structurally; every language keeps up with every version"),
    STRUCTURE("format", "ids unique; free sections placed after a section that exists"),
    SECTION_ID("format", "a free section's id is none the page already uses (main, summary, toc, title; "
            + "purpose-, data-, recipient-, decision-, right- …; … -title)");

    private final String reference;
    private final String summary;

    Rule(String reference, String summary) {
        this.reference = reference;
        this.summary = summary;
    }

    /** The reference, without brackets, as error lines show it: {@code GDPR Art. 13(1)(d)}. */
    public String reference() {
        return reference;
    }

    public String summary() {
        return summary;
    }

    Finding error(Position at, String message) {
        return Finding.error(at, message, reference);
    }

    Finding warning(Position at, String message) {
        return Finding.warning(at, message, reference);
    }
}

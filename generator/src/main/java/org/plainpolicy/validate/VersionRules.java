package org.plainpolicy.validate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plainpolicy.load.Suggestions;
import org.plainpolicy.model.AuthorityRef;
import org.plainpolicy.model.AutomatedDecision;
import org.plainpolicy.model.DecisionGround;
import org.plainpolicy.model.Derogation;
import org.plainpolicy.model.Contact;
import org.plainpolicy.model.Controller;
import org.plainpolicy.model.DataSource;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.LegalBasis;
import org.plainpolicy.model.Origin;
import org.plainpolicy.model.DataSubject;
import org.plainpolicy.model.PersonalData;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Cookie;
import org.plainpolicy.model.CookieProvider;
import org.plainpolicy.model.Profiling;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.Purpose;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.Recipient;
import org.plainpolicy.model.RecipientRole;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.Requirement;
import org.plainpolicy.model.RetentionPeriod;
import org.plainpolicy.model.Safeguard;
import org.plainpolicy.model.SectionIds;
import org.plainpolicy.model.SpecialCondition;
import org.plainpolicy.model.Transfer;
import org.plainpolicy.model.Word;
import org.plainpolicy.registry.AdequacyDecision;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.registry.Vocabularies;
import org.plainpolicy.registry.SafeguardPeriod;

/**
 * The rules of spec section 3 that one version file must meet on its own. The GDPR's disclosure
 * rules apply to versions in effect from 25 May 2018 (GDPR Art. 99(2)); an earlier version is an
 * archive of what was published then, so only its cross-references and form are checked.
 */
final class VersionRules {

    /** The day the GDPR started to apply (Art. 99(2)). */
    static final LocalDate GDPR_APPLIES = LocalDate.of(2018, 5, 25);
    /** The Art. 46 tools, of which Art. 13(1)(f) asks to say where people get a copy. */
    private static final Set<Safeguard> NEEDS_COPY = EnumSet.of(Safeguard.STANDARD_CONTRACTUAL_CLAUSES,
            Safeguard.BINDING_CORPORATE_RULES, Safeguard.CODE_OF_CONDUCT, Safeguard.CERTIFICATION,
            Safeguard.PUBLIC_AUTHORITY_INSTRUMENT, Safeguard.AUTHORISED_CONTRACTUAL_CLAUSES,
            Safeguard.ADMINISTRATIVE_ARRANGEMENT);
    /** The Art. 46 tools made between public authorities or bodies (Art. 46(2)(a), 46(3)(b)). */
    private static final Set<Safeguard> BETWEEN_PUBLIC_BODIES = EnumSet.of(Safeguard.PUBLIC_AUTHORITY_INSTRUMENT,
            Safeguard.ADMINISTRATIVE_ARRANGEMENT);
    /** The Art. 9(2) conditions under which a decision by automated means alone may use special data (Art. 22(4)). */
    private static final Set<SpecialCondition> ALLOWED_IN_DECISIONS = EnumSet.of(SpecialCondition.EXPLICIT_CONSENT,
            SpecialCondition.PUBLIC_INTEREST);
    /** The lowest age of digital consent a member state may set (Art. 8(1)). */
    private static final int MIN_CONSENT_AGE = 13;

    private final Registry registry;
    private final PolicyVersion v;
    private final List<Finding> out;

    private VersionRules(Registry registry, PolicyVersion version, List<Finding> out) {
        this.registry = registry;
        this.v = version;
        this.out = out;
    }

    static void check(Registry registry, PolicyVersion version, List<Finding> out) {
        VersionRules rules = new VersionRules(registry, version, out);
        rules.references();
        rules.structure();
        rules.cookies();
        rules.concepts();
        if (!version.effective().isBefore(GDPR_APPLIES)) {
            rules.disclosures();
        }
    }

    private void disclosures() {
        controller();
        dpo();
        purposes();
        recipients();
        transfers();
        personalData();
        rightsContact();
        supervisoryAuthority();
        automatedDecisions();
        profiling();
        purposeRetention();
        children();
    }

    // --- Art. 13(1)(a): who the controller is, and its representative in the EU

    private void controller() {
        if (v.controllers().isEmpty()) {
            if (!v.origin().rejected("controller") && !v.origin().rejected("controllers")) {
                report(Rule.CONTROLLER, v.origin().of("controller"), "the policy does not say who is responsible "
                        + "for the data; add `controller:` with its name, address, country and email");
            }
            return;
        }
        boolean both = v.origin().has("controller") && v.origin().has("controllers");
        if (both) {
            report(Rule.CONTROLLER, v.origin().of("controllers"), "the policy gives both `controller` and "
                    + "`controllers`; keep `controllers:` with every controller in it");
        }
        if (v.controllers().size() > 1 && !both) {
            v.controllers().stream().filter(c -> c.forWhom().isEmpty() && !c.origin().rejected("for")).forEach(c ->
                    report(Rule.CONTROLLER, c.origin().at(), "controller '" + c.contact().name().orElse("")
                            + "' does not say whose controller it is; add `for:`, such as people in the EEA"));
        }
        v.controllers().forEach(this::controller);
        // Established in the EEA, a controller is under the GDPR by Art. 3(1), and needs no representative.
        boolean inTheEea = v.controllers().stream().anyMatch(c -> c.establishment().isPresent()
                || c.contact().country().filter(country -> registry.inEea(country, v.effective())).isPresent());
        if (!inTheEea) {
            v.controllers().stream().filter(c -> c.contact().country().isPresent()).findFirst()
                    .ifPresent(c -> representative(c.contact(), c.contact().country().get()));
        }
    }

    private void controller(Controller controller) {
        Contact c = controller.contact();
        if (absent(c.origin(), "name", c.name())) {
            report(Rule.CONTROLLER, c.origin().of("name"), "`controller` has no `name`; add the organisation's "
                    + "legal name");
        }
        if (!c.reachable() && !c.origin().rejected("email")) {
            report(Rule.CONTROLLER, c.origin().at(), "`controller` gives neither `email` nor `address`; add at "
                    + "least one so that people can reach it");
        }
        if (absent(c.origin(), "country", c.country())) {
            report(Rule.CONTROLLER, c.origin().of("country"), "`controller` has no `country`; add its ISO code, "
                    + "such as FR, so that readers know which law applies");
        }
        controller.establishment().filter(country -> !registry.inEea(country, v.effective())).ifPresent(country ->
                report(Rule.REPRESENTATIVE, c.origin().of("establishment"), "`establishment: " + country + "` is "
                        + "outside the EEA; write the country of the establishment in the EEA, or leave it out"));
    }

    private void representative(Contact controller, String country) {
        if (v.representative().isEmpty()) {
            if (absent(v.origin(), "representative", v.representative())) {
                report(Rule.REPRESENTATIVE, controller.origin().of("country"), "the controller is in " + country
                        + ", outside the EEA; add `representative:` with the name, address and email of its "
                        + "representative in the EU (GDPR Art. 27)");
            }
            return;
        }
        Contact r = v.representative().get();
        if (absent(r.origin(), "name", r.name())) {
            report(Rule.REPRESENTATIVE, r.origin().of("name"), "`representative` has no `name`; add it");
        }
        if (!r.reachable() && !r.origin().rejected("email")) {
            report(Rule.REPRESENTATIVE, r.origin().at(), "`representative` gives neither `email` nor `address`; "
                    + "add at least one");
        }
    }

    // --- Art. 13(1)(b): the data protection officer

    private void dpo() {
        if (v.dpo().isEmpty()) {
            if (absent(v.origin(), "dpo", v.dpo())) {
                report(Rule.DPO, v.origin().of("dpo"), "the policy does not say whether there is a data protection "
                        + "officer; add `dpo:` with `appointed: true` and a contact, or `appointed: false`");
            }
            return;
        }
        var dpo = v.dpo().get();
        if (absent(dpo.origin(), "appointed", dpo.appointed())) {
            report(Rule.DPO, dpo.origin().of("appointed"), "`dpo` has no `appointed`; write `appointed: true` "
                    + "or `appointed: false`");
        } else if (dpo.isAppointed() && !dpo.contact().reachable() && !dpo.origin().rejected("email")) {
            report(Rule.DPO, dpo.origin().at(), "the data protection officer is appointed but has neither `email` "
                    + "nor `address`; add at least one");
        }
    }

    // --- Art. 13(1)(c) and (d): purposes, their legal basis, and the interests

    private void purposes() {
        if (v.purposes().isEmpty() && !v.origin().rejected("purposes")) {
            report(Rule.LEGAL_BASIS, v.origin().of("purposes"), "the policy lists no purposes; add `purposes:` "
                    + "saying why you use the data, each with its legal basis");
        }
        for (Purpose p : v.purposes()) {
            if (absent(p.origin(), "name", p.name())) {
                report(Rule.LEGAL_BASIS, p.origin().of("name"), "purpose '" + p.id() + "' has no `name`; add a "
                        + "short name that says why you use the data");
            }
            if (absent(p.origin(), "legalBasis", p.legalBasis())) {
                report(Rule.LEGAL_BASIS, p.origin().of("legalBasis"), "purpose '" + p.id() + "' has no legal "
                        + "basis; add `legalBasis:` with one of: " + String.join(", ", Word.words(LegalBasis.class)));
            }
            if (p.legalBasis().filter(LegalBasis::laidDownByLaw).isPresent() && absent(p.origin(), "law", p.law())) {
                report(Rule.LAW, p.origin().of("legalBasis"), "purpose '" + p.id() + "' rests on "
                        + p.legalBasis().get().word() + " but does not say which law sets it; add `law:` naming the "
                        + "law and, where it helps, its article");
            }
            if (p.legalBasis().orElse(null) == LegalBasis.LEGITIMATE_INTERESTS
                    && absent(p.origin(), "legitimateInterests", p.legitimateInterests())) {
                report(Rule.LEGITIMATE_INTERESTS, p.origin().of("legalBasis"), "purpose '" + p.id() + "' uses "
                        + "legitimate-interests but does not say which interests; add `legitimateInterests:`");
            }
        }
    }

    // --- Art. 13(1)(e): recipients

    private void recipients() {
        if (!v.origin().has("recipients") && !v.origin().rejected("recipients")) {
            report(Rule.RECIPIENTS, v.origin().at(), "the policy does not say who receives the data; add "
                    + "`recipients:`, or `recipients: []` if nobody does");
        }
        for (Recipient r : v.recipients()) {
            if (absent(r.origin(), "name", r.name())) {
                report(Rule.RECIPIENTS, r.origin().of("name"), "recipient '" + r.id() + "' has no `name`; add it");
            }
            // A category of recipients ("other users and the public") may have no single role (Art. 13(1)(e)).
            if (!r.category() && absent(r.origin(), "role", r.role())) {
                report(Rule.RECIPIENTS, r.origin().of("role"), "recipient '" + r.id() + "' has no `role`; add one "
                        + "of: " + String.join(", ", Word.words(RecipientRole.class)));
            }
            boolean located = !r.countries().isEmpty() || r.origin().rejected("country")
                    || r.origin().rejected("countries");
            if (!r.category() && !located
                    && absent(r.origin(), "internationalOrganisation", r.internationalOrganisation())) {
                report(Rule.TRANSFERS, r.origin().of("country"), "recipient '" + r.id() + "' does not say where "
                        + "it processes the data; add `country:` with an ISO code, such as IE, `countries:` with "
                        + "every country where it does, or, for an international organisation, "
                        + "`internationalOrganisation:` with its id");
            }
            if (r.origin().has("country") && r.origin().has("countries")) {
                report(Rule.TRANSFERS, r.origin().of("countries"), "recipient '" + r.id() + "' gives both "
                        + "`country` and `countries`; keep `countries:` with every country in it");
            }
            if (!r.countries().isEmpty() && r.internationalOrganisation().isPresent()) {
                report(Rule.TRANSFERS, r.origin().of("internationalOrganisation"), "recipient '" + r.id()
                        + "' gives both a `country` and an `internationalOrganisation`; data sent to an "
                        + "international organisation goes to it wherever its offices are, so keep only "
                        + "`internationalOrganisation`");
            }
            if (r.role().orElse(null) == RecipientRole.JOINT_CONTROLLER
                    && absent(r.origin(), "contactPoint", r.contactPoint())) {
                report(Rule.CONTACT_POINT, r.origin().of("role"), "recipient '" + r.id() + "' is a joint "
                        + "controller; add `contactPoint:` with the e-mail address or web page where people reach "
                        + "you both, such as privacy@example.com");
            }
            if (r.role().orElse(null) == RecipientRole.JOINT_CONTROLLER
                    && absent(r.origin(), "arrangement", r.arrangement())) {
                report(Rule.JOINT_CONTROLLER, r.origin().of("role"), "recipient '" + r.id() + "' is a joint "
                        + "controller; add `arrangement:` with the essence of your arrangement with it");
            }
        }
    }

    // --- Art. 13(1)(f): transfers outside the EEA

    private void transfers() {
        for (Recipient r : v.recipients()) {
            r.internationalOrganisation().filter(o -> r.countries().isEmpty()).ifPresent(organisation -> {
                boolean covered = v.transfers().stream().anyMatch(t -> t.recipient().map(Reference::id)
                        .filter(r.id()::equals).isPresent());
                if (!covered) {
                    report(Rule.TRANSFERS, r.origin().of("internationalOrganisation"), "recipient '" + r.id()
                            + "' is an international organisation, outside the EEA; add a `transfers:` entry for it "
                            + "with its safeguard");
                }
            });
            String key = r.origin().has("countries") ? "countries" : "country";
            r.countries().stream().filter(country -> !registry.inEea(country, v.effective())).forEach(country -> {
                boolean covered = v.transfers().stream().anyMatch(t -> t.recipient().map(Reference::id)
                        .filter(r.id()::equals).isPresent() && t.country().filter(country::equals).isPresent());
                if (!covered) {
                    report(Rule.TRANSFERS, r.origin().of(key), "recipient '" + r.id() + "' processes data in "
                            + country + ", outside the EEA; add a `transfers:` entry for it in " + country
                            + " with its safeguard");
                }
            });
        }
        v.transfers().forEach(this::transfer);
    }

    private void transfer(Transfer t) {
        String what = "the transfer" + t.recipient().map(r -> " to '" + r.id() + "'").orElse("");
        Optional<Recipient> recipient = recipientOf(t);
        Optional<String> organisation = recipient.flatMap(Recipient::internationalOrganisation);
        if (organisation.isPresent() && t.country().isPresent()) {
            report(Rule.TRANSFERS, t.origin().of("country"), what + " goes to an international organisation, "
                    + "which is not in a country; remove `country`");
        } else if (organisation.isEmpty() && absent(t.origin(), "country", t.country())) {
            report(Rule.TRANSFERS, t.origin().of("country"), what + " has no `country`; add it");
        }
        if (absent(t.origin(), "safeguard", t.safeguard())) {
            report(Rule.TRANSFERS, t.origin().of("safeguard"), what + " has no `safeguard`; add one of: "
                    + String.join(", ", Word.words(Safeguard.class)));
        }
        organisation.or(t::country).ifPresent(destination -> t.safeguard().ifPresent(
                s -> safeguardFits(t, what, destination, s)));
        t.safeguard().filter(BETWEEN_PUBLIC_BODIES::contains).filter(s -> recipient.isPresent()
                && organisation.isEmpty() && recipient.get().role().orElse(null) != RecipientRole.PUBLIC_AUTHORITY)
                .ifPresent(s -> report(Rule.PUBLIC_BODIES, t.origin().of("safeguard"), what + " relies on "
                        + s.word() + ", which only public authorities and bodies can make with each other, but '"
                        + recipient.get().id() + "' is not a public authority or an international organisation; "
                        + "choose another safeguard, such as standard-contractual-clauses"));
        derogation(t, what);
        if (t.safeguard().filter(s -> s == Safeguard.DATA_PRIVACY_FRAMEWORK).isPresent()
                && absent(t.origin(), "listing", t.listing())) {
            report(Rule.TRANSFERS, t.origin().of("safeguard"), what + " relies on data-privacy-framework; add "
                    + "`listing:` with the link to the recipient's entry on https://www.dataprivacyframework.gov/list, "
                    + "so that people can check it is certified");
        }
        if (t.safeguard().filter(NEEDS_COPY::contains).isPresent() && absent(t.origin(), "copy", t.copy())) {
            report(Rule.TRANSFERS, t.origin().of("safeguard"), what + " relies on " + t.safeguard().get().word()
                    + "; add `copy:` with a link where people can get a copy of it");
        }
    }

    private void safeguardFits(Transfer t, String what, String country, Safeguard safeguard) {
        Position at = t.origin().of("safeguard");
        var decision = registry.adequacy(country);
        if (registry.inEea(country, v.effective())) {
            warn(Rule.TRANSFERS, t.origin().of("country"), what + " names " + country
                    + ", which is in the EEA; no safeguard is needed, so remove this entry");
        } else if (safeguard == Safeguard.ADEQUACY_DECISION
                && decision.filter(d -> d.safeguard() == Safeguard.ADEQUACY_DECISION).isEmpty()) {
            report(Rule.TRANSFERS, at, (country.matches("[A-Z]{2}") ? country : "the international organisation '"
                    + country + "'") + " has no EU adequacy decision" + instead(country));
        } else if (registry.period(safeguard).isPresent()) {
            SafeguardPeriod period = registry.period(safeguard).get();
            if (!period.country().equals(country)) {
                report(Rule.TRANSFERS, at, safeguard.word() + " covered only " + period.country() + ", not " + country
                        + instead(country));
            } else if (!period.holdsOn(v.effective())) {
                report(Rule.TRANSFERS, at, safeguard.word() + " held only from " + period.from() + " to "
                        + period.until() + " (" + period.decision() + "); for a version in effect on " + v.id()
                        + " name the safeguard used then, such as standard-contractual-clauses");
            }
        } else if (safeguard == Safeguard.DATA_PRIVACY_FRAMEWORK && !country.equals("US")) {
            report(Rule.TRANSFERS, at, "data-privacy-framework covers only the United States (US), not " + country
                    + instead(country));
        } else if (safeguard == Safeguard.ADEQUACY_DECISION || safeguard == Safeguard.DATA_PRIVACY_FRAMEWORK) {
            decision.filter(d -> d.decided().isAfter(v.effective())).ifPresent(d -> report(Rule.TRANSFERS, at,
                    "the EU decision for " + country + " (" + d.safeguard().word() + ") dates from " + d.decided()
                            + ", after this version took effect; for " + v.id() + " name the safeguard used then, "
                            + "such as standard-contractual-clauses"));
            decision.flatMap(AdequacyDecision::expires).filter(v.effective()::isAfter).ifPresent(last -> report(
                    Rule.TRANSFERS, at, "the EU decision for " + country + " applied until " + last + ", before this "
                            + "version takes effect; unless it has been renewed, name another safeguard, such as "
                            + "standard-contractual-clauses"));
            decision.filter(AdequacyDecision::privateSectorOnly).filter(d -> isPublicAuthority(t))
                    .ifPresent(d -> report(Rule.ADEQUACY_SCOPE, at, "the EU decision for " + country + " covers only "
                            + d.scope().orElse("businesses") + ", and '" + t.recipient().get().id() + "' is a public "
                            + "authority; choose another safeguard, such as standard-contractual-clauses or a "
                            + "derogation"));
        }
    }

    /** What Art. 49 asks of a transfer that rests on a derogation, and nothing it does not. */
    private void derogation(Transfer t, String what) {
        boolean derogation = t.safeguard().filter(s -> s == Safeguard.DEROGATION).isPresent();
        if (!derogation) {
            t.derogation().ifPresent(d -> report(Rule.DEROGATION, t.origin().of("derogation"), what + " names a "
                    + "derogation but relies on " + t.safeguard().map(Safeguard::word).orElse("no safeguard")
                    + "; remove `derogation`, or write `safeguard: derogation`"));
        } else if (absent(t.origin(), "derogation", t.derogation())) {
            report(Rule.DEROGATION, t.origin().of("safeguard"), what + " relies on a derogation; add `derogation:` "
                    + "with the situation of Art. 49(1) it rests on, one of: "
                    + String.join(", ", Word.words(Derogation.class)));
        }
        Optional<Derogation> point = t.derogation().filter(d -> derogation);
        boolean consent = point.filter(d -> d == Derogation.EXPLICIT_CONSENT).isPresent();
        boolean publicInterest = point.filter(d -> d == Derogation.PUBLIC_INTEREST).isPresent();
        boolean interests = point.filter(d -> d == Derogation.COMPELLING_LEGITIMATE_INTERESTS).isPresent();
        if (consent && absent(t.origin(), "risks", t.risks())) {
            report(Rule.DEROGATION, t.origin().of("derogation"), what + " rests on explicit consent, which counts "
                    + "only once people know the risks of sending their data where no adequacy decision or "
                    + "safeguard protects it; add `risks:` saying what they are");
        }
        if (publicInterest && absent(t.origin(), "law", t.law())) {
            report(Rule.DEROGATION_LAW, t.origin().of("derogation"), what + " rests on a public interest, which "
                    + "must be one the law of the EU or of your country recognises; add `law:` naming that law");
        }
        if (interests && absent(t.origin(), "interests", t.interests())) {
            report(Rule.DEROGATION, t.origin().of("derogation"), what + " rests on compelling legitimate interests; "
                    + "add `interests:` saying which, because people must be told");
        }
        if (interests && !t.authorityInformed() && !t.origin().rejected("authorityInformed")) {
            report(Rule.DEROGATION, t.origin().of("derogation"), what + " rests on compelling legitimate interests, "
                    + "which the supervisory authority must be told of; tell it, then add `authorityInformed: true`");
        }
        onlyFor(t, "risks", t.risks().isPresent() && !consent, "explicit-consent", what);
        onlyFor(t, "law", t.law().isPresent() && !publicInterest, "public-interest", what);
        onlyFor(t, "interests", t.interests().isPresent() && !interests, "compelling-legitimate-interests", what);
        onlyFor(t, "authorityInformed", t.authorityInformed() && !interests, "compelling-legitimate-interests", what);
    }

    private void onlyFor(Transfer t, String key, boolean misplaced, String derogation, String what) {
        if (misplaced) {
            report(Rule.DEROGATION, t.origin().of(key), "`" + key + "` belongs only to a transfer under "
                    + "`derogation: " + derogation + "`, and " + what + " is not one; remove it");
        }
    }

    private Optional<Recipient> recipientOf(Transfer t) {
        return t.recipient().flatMap(ref -> v.recipients().stream().filter(r -> r.id().equals(ref.id())).findFirst());
    }

    private boolean isPublicAuthority(Transfer t) {
        return t.recipient().flatMap(ref -> v.recipients().stream().filter(r -> r.id().equals(ref.id())).findFirst())
                .flatMap(Recipient::role).filter(role -> role == RecipientRole.PUBLIC_AUTHORITY).isPresent();
    }

    /** What to write instead of a safeguard that does not fit {@code country}. */
    private String instead(String country) {
        return registry.adequacy(country).map(d -> "; for " + country + " use " + d.safeguard().word())
                .orElse("; choose another safeguard, such as standard-contractual-clauses");
    }

    // --- Art. 13(2)(a), (e), Art. 14(2)(f), Art. 9(2): each category of data

    private void personalData() {
        for (PersonalData d : v.personalData()) {
            String what = "data '" + d.id() + "'";
            // A category may leave it to the purposes that use it, when each of them says how long.
            List<Purpose> using = v.purposes().stream().filter(p -> p.data().stream().anyMatch(r -> r.id().equals(d.id())))
                    .toList();
            List<String> silent = using.stream().filter(p -> p.retention().filter(Retention::stated).isEmpty())
                    .map(p -> "'" + p.id() + "'").toList();
            boolean byPurposes = !using.isEmpty() && silent.isEmpty();
            if (d.retention().filter(r -> r.stated()).isEmpty() && !retentionRejected(d) && !byPurposes) {
                report(Rule.RETENTION, d.retention().map(r -> r.origin().at()).orElse(d.origin().of("retention")),
                        what + " does not say how long it is kept; add `retention:` with `period:` (such as "
                                + "3 years) or `criteria:`" + (using.isEmpty() ? "" : ", or add it to each purpose "
                                + "that uses it and does not say: " + String.join(", ", silent)));
            }
            d.retention().ifPresent(r -> r.criteria().flatMap(c -> StockPhrases.in(c, v.language())).ifPresent(
                    phrase -> warn(Rule.RETENTION, r.origin().of("criteria"), "the retention criteria of " + what
                            + " only say '" + phrase + "', which does not tell people how long; say what decides "
                            + "it, such as an event (until you close your account) or a period (`period: 3 years`)")));
            // Art. 13(2)(e) asks it of data people give; data from others (Art. 14) has no such duty.
            boolean fromThePerson = d.source().map(s -> s == DataSource.YOU).orElse(true);
            if (d.required().isEmpty()) {
                if (fromThePerson && absent(d.origin(), "required", d.required())) {
                    report(Rule.REQUIREMENT, d.origin().of("required"), what + " does not say whether people must "
                            + "give it; add `required:` with one of: law, contract, contract-prerequisite, optional");
                }
            } else if (d.required().get() != Requirement.OPTIONAL && absent(d.origin(), "consequences",
                    d.consequences())) {
                report(Rule.REQUIREMENT, d.origin().of("required"), what + " is required by "
                        + d.required().get().word() + "; add `consequences:` saying what happens if people do "
                        + "not give it");
            }
            if (d.source().isEmpty()) {
                if (absent(d.origin(), "source", d.source())) {
                    report(Rule.SOURCE, d.origin().of("source"), what + " does not say where it comes from; add "
                            + "`source:` with you, third-party or public");
                }
            } else if (d.source().get() != DataSource.YOU && absent(d.origin(), "sourceDetails", d.sourceDetails())) {
                report(Rule.SOURCE, d.origin().of("source"), what + " comes from " + d.source().get().word()
                        + " sources; add `sourceDetails:` saying which");
            }
            if (d.special() && absent(d.origin(), "specialCondition", d.specialCondition())) {
                report(Rule.SPECIAL_CATEGORY, d.origin().of("special"), what + " is a special category; add "
                        + "`specialCondition:` with the Art. 9(2) condition that allows its use, such as "
                        + "explicit-consent");
            }
        }
    }

    /** Retention set on a purpose: criteria that say nothing are warned of, as on data. */
    private void purposeRetention() {
        for (Purpose p : v.purposes()) {
            p.retention().ifPresent(r -> r.criteria().flatMap(c -> StockPhrases.in(c, v.language())).ifPresent(
                    phrase -> warn(Rule.RETENTION, r.origin().of("criteria"), "the retention criteria of purpose '"
                            + p.id() + "' only say '" + phrase + "', which does not tell people how long; say what "
                            + "decides it, such as an event (until you close your account) or a period "
                            + "(`period: 3 years`)")));
        }
    }

    private static boolean retentionRejected(PersonalData d) {
        return d.origin().rejected("retention")
                || d.retention().filter(r -> r.origin().rejected("period")).isPresent();
    }

    // --- Art. 13(2)(b), (d), (f)

    private void rightsContact() {
        if (v.rights().isEmpty()) {
            if (absent(v.origin(), "rights", v.rights())) {
                report(Rule.RIGHTS_CONTACT, v.origin().of("rights"), "the policy does not say where people can "
                        + "use their rights; add `rights:` with `contact:`, an email or https address");
            }
        } else if (absent(v.rights().get().origin(), "contact", v.rights().get().contact())) {
            report(Rule.RIGHTS_CONTACT, v.rights().get().origin().of("contact"), "`rights` has no `contact`; add "
                    + "the email or https address where people can use their rights");
        }
        v.rights().filter(r -> !withinOneMonth(r.responseTime())).ifPresent(r -> report(Rule.RESPONSE_TIME,
                r.origin().of("responseTime"), "`responseTime: " + r.responseTime() + "` is longer than the law "
                        + "allows: you must answer within one month; write `responseTime: 1 month` or less (a longer "
                        + "time is allowed only case by case, for a complex request, and you tell that person why "
                        + "within the first month)"));
    }

    /**
     * Art. 12(3) gives one month. Thirty days and four weeks are the shorter ways people write it;
     * anything longer runs past a month from some day of the year.
     */
    private static boolean withinOneMonth(RetentionPeriod time) {
        return switch (time.unit()) {
            case DAY -> time.amount() <= 30;
            case WEEK -> time.amount() <= 4;
            case MONTH -> time.amount() <= 1;
            case YEAR -> false;
        };
    }

    private void supervisoryAuthority() {
        if (v.supervisoryAuthorities().isEmpty()) {
            if (!v.origin().rejected("supervisoryAuthority")) {
                report(Rule.SUPERVISORY_AUTHORITY, v.origin().of("supervisoryAuthority"), "the policy does not say "
                        + "where people can complain; add `supervisoryAuthority:` with a registry id such as cnil");
            }
            return;
        }
        // The first is the lead authority, which people in the EEA complain to; another (the UK's ICO,
        // for people in the UK) may stand beside it.
        if (v.supervisoryAuthorities().get(0) instanceof AuthorityRef.Registered registered) {
            authorityInTheEea(registered);
        }
        Set<String> seen = new HashSet<>();
        for (AuthorityRef ref : v.supervisoryAuthorities()) {
            if (ref instanceof AuthorityRef.Registered registered && !seen.add(registered.id())) {
                report(Rule.SUPERVISORY_AUTHORITY, registered.origin().at(), "`" + registered.id() + "` is named "
                        + "twice in `supervisoryAuthority`; name each authority once");
            }
            described(ref);
        }
    }

    private void described(AuthorityRef ref) {
        if (ref instanceof AuthorityRef.Described described) {
            Contact c = described.contact();
            if (absent(c.origin(), "name", c.name())) {
                report(Rule.SUPERVISORY_AUTHORITY, c.origin().of("name"), "`supervisoryAuthority` has no `name`; "
                        + "add it");
            }
            if (c.website().isEmpty() && !c.reachable() && !c.origin().rejected("website")) {
                report(Rule.SUPERVISORY_AUTHORITY, c.origin().at(), "`supervisoryAuthority` gives no way to reach "
                        + "it; add `website:`, `address:` or `email:`");
            }
        }
    }

    /**
     * A controller in the EEA answers to an authority in the EEA (Art. 55, 56): people in the EEA
     * cannot complain to the UK's ICO or Switzerland's FDPIC under the GDPR.
     */
    private void authorityInTheEea(AuthorityRef.Registered ref) {
        registry.authority(ref.id()).filter(a -> !registry.inEea(a.country(), v.effective())).ifPresent(a ->
                v.controllers().stream().map(c -> c.establishment().or(() -> c.contact().country()))
                        .flatMap(Optional::stream).filter(c -> registry.inEea(c, v.effective())).findFirst()
                        .ifPresent(country -> warn(Rule.SUPERVISORY_AUTHORITY, ref.origin().at(), "`"
                                + ref.id() + "` is the authority of " + a.country() + ", outside the EEA, but the "
                                + "controller is in " + country + "; name the authority of the EEA country where you "
                                + "have your main establishment, such as the one of " + country)));
    }

    /** Analysis without decisions of Art. 22: people are told what it is and what it means for them. */
    private void profiling() {
        Set<String> decisionIds = v.automatedDecisions().stream().map(AutomatedDecision::id).collect(Collectors.toSet());
        for (Profiling p : v.profiling()) {
            String what = "profiling '" + p.id() + "'";
            if (absent(p.origin(), "name", p.name())) {
                report(Rule.PROFILING, p.origin().of("name"), what + " has no `name`; add it");
            }
            if (absent(p.origin(), "logic", p.logic())) {
                report(Rule.PROFILING, p.origin().of("logic"), what + " does not explain how it works; add "
                        + "`logic:` in plain words");
            }
            if (absent(p.origin(), "significance", p.significance())) {
                report(Rule.PROFILING, p.origin().of("significance"), what + " does not say what it means for "
                        + "people; add `significance:`");
            }
            if (decisionIds.contains(p.id())) {
                report(Rule.PROFILING, p.origin().of("id"), what + " has the id of an automated decision; give it "
                        + "an id of its own");
            }
        }
    }

    /**
     * Cookies and similar trackers (ePrivacy Art. 5(3) applies before the GDPR too, so these rules run for
     * every version). A third party that sets one receives data and is named among the recipients.
     */
    private void cookies() {
        Map<String, Position> seen = new HashMap<>();
        for (Cookie c : v.cookies()) {
            String what = c.name().map(n -> "cookie '" + n + "'").orElse("a cookie");
            if (absent(c.origin(), "name", c.name())) {
                report(Rule.COOKIES, c.origin().at(), "a cookie has no `name`; add the name the browser shows, "
                        + "such as _session");
            }
            c.name().ifPresent(name -> {
                Position first = seen.putIfAbsent(name, c.origin().of("name"));
                if (first != null) {
                    report(Rule.COOKIES, c.origin().of("name"), what + " is listed twice (first on line "
                            + first.line() + "); list each cookie once");
                }
            });
            if (absent(c.origin(), "provider", c.provider())) {
                report(Rule.COOKIES, c.origin().of("provider"), what + " does not say who sets it; add `provider:`, "
                        + "the name of a controller, or the id of the recipient that sets it");
            }
            if (absent(c.origin(), "purpose", c.purpose())) {
                report(Rule.COOKIES, c.origin().of("purpose"), what + " does not say what it is for; add `purpose:` "
                        + "in plain words, such as 'Keeps you signed in.'");
            }
            if (absent(c.origin(), "duration", c.duration())) {
                report(Rule.COOKIES, c.origin().of("duration"), what + " does not say how long it stays on the "
                        + "device; add `duration:`, a period such as 13 months, or session");
            }
            CookieProvider.of(v, c).filter(CookieProvider::undisclosed).map(CookieProvider::name).ifPresent(p -> {
                if (absent(c.origin(), "country", c.country())) {
                    report(Rule.COOKIES, c.origin().of("provider"), what + " is set by '" + p + "', which is no "
                            + "controller and no recipient; add `country:`, where " + p + " is, or name the id "
                            + "of a recipient" + Suggestions.didYouMean(p, v.recipients().stream()
                                    .map(Recipient::id).toList()));
                }
                warn(Rule.COOKIE_RECIPIENT, c.origin().of("provider"), what + " is set by '" + p + "', a third "
                        + "party that receives data from it; add " + p + " to `recipients` (with its transfer "
                        + "if it is outside the EEA) and name its id here");
            });
        }
        if (!v.cookies().isEmpty()) {
            v.sections().stream().filter(s -> s.id().equals(SectionIds.COOKIES)).forEach(s -> report(Rule.COOKIES,
                    s.origin().of("id"), "the free section 'cookies' takes the place of the section that `cookies:` "
                            + "fills; give it another id, such as about-cookies, and `after: cookies` to show "
                            + "its text below the table of cookies"));
        }
    }

    /** The concepts of shared vocabularies that purposes and data name, for the exports (versions/…/policy.jsonld, fides.yaml). */
    private void concepts() {
        for (DataSubject g : v.dataSubjects()) {
            g.fides().forEach(c -> concept(g.origin().of("fides"), "the group of people '" + g.id() + "'", "fides", c,
                    Vocabularies.FIDES_DATA_SUBJECTS, "a data subject of the fideslang taxonomy, such as customer"));
        }
        for (Purpose p : v.purposes()) {
            String what = "purpose '" + p.id() + "'";
            p.concepts().dpv().ifPresent(c -> concept(p.origin().of("dpv"), what, "dpv", c, Vocabularies.DPV_PURPOSES,
                    "a purpose of DPV 2.2, such as ServiceProvision"));
            p.concepts().fides().forEach(c -> concept(p.origin().of("fides"), what, "fides", c,
                    Vocabularies.FIDES_DATA_USES, "a data use of the fideslang taxonomy, such as essential.service"));
        }
        for (PersonalData d : v.personalData()) {
            String what = "data '" + d.id() + "'";
            d.concepts().dpv().ifPresent(c -> concept(d.origin().of("pd"), what, "pd", c, Vocabularies.DPV_PERSONAL_DATA,
                    "a personal data concept of DPV-PD, such as EmailAddress"));
            d.concepts().fides().forEach(c -> concept(d.origin().of("fides"), what, "fides", c,
                    Vocabularies.FIDES_DATA_CATEGORIES, "a data category of the fideslang taxonomy, such as "
                            + "user.contact.email"));
        }
    }

    private void concept(Position at, String what, String key, String concept, List<String> known, String expected) {
        if (!known.contains(concept)) {
            report(Rule.CONCEPTS, at, "`" + key + "` of " + what + " is '" + concept + "', which is not " + expected
                    + Suggestions.didYouMean(concept, known));
        }
    }

    private void automatedDecisions() {
        if (!v.origin().has("automatedDecisions") && !v.origin().rejected("automatedDecisions")) {
            report(Rule.AUTOMATED_DECISIONS, v.origin().at(), "the policy does not say whether you make decisions "
                    + "by automated means alone; add `automatedDecisions: []` if you make none");
        }
        for (AutomatedDecision d : v.automatedDecisions()) {
            String what = "automated decision '" + d.id() + "'";
            if (absent(d.origin(), "name", d.name())) {
                report(Rule.AUTOMATED_DECISIONS, d.origin().of("name"), what + " has no `name`; add it");
            }
            if (absent(d.origin(), "logic", d.logic())) {
                report(Rule.AUTOMATED_DECISIONS, d.origin().of("logic"), what + " does not explain its logic; add "
                        + "`logic:` in plain words");
            }
            if (absent(d.origin(), "significance", d.significance())) {
                report(Rule.AUTOMATED_DECISIONS, d.origin().of("significance"), what + " does not say what it "
                        + "means for people; add `significance:`");
            }
            if (absent(d.origin(), "contest", d.contest())) {
                report(Rule.CONTEST, d.origin().of("contest"), what + " does not say how people get a person to "
                        + "review it, give their point of view and contest it; add `contest:` with the steps");
            }
            if (absent(d.origin(), "ground", d.ground())) {
                report(Rule.DECISION_GROUND, d.origin().of("ground"), what + " does not say why the law allows "
                        + "it; add `ground:` with one of: " + String.join(", ", Word.words(DecisionGround.class)));
            } else if (d.ground().filter(g -> g == DecisionGround.LAW).isPresent()
                    && absent(d.origin(), "law", d.law())) {
                report(Rule.DECISION_GROUND, d.origin().of("ground"), what + " rests on a law; add `law:` naming "
                        + "the law that authorises it");
            }
            Map<String, PersonalData> data = byId(v.personalData(), PersonalData::id);
            for (Reference ref : d.data()) {
                PersonalData used = data.get(ref.id());
                if (used != null && used.special() && used.specialCondition()
                        .filter(ALLOWED_IN_DECISIONS::contains).isEmpty()) {
                    report(Rule.DECISION_SPECIAL, ref.at(), what + " uses '" + ref.id() + "', special data that rests "
                            + "on " + used.specialCondition().map(Word::word).orElse("no condition") + "; a decision "
                            + "by automated means alone may use special data only with explicit consent or for a "
                            + "substantial public interest set in law (specialCondition explicit-consent or "
                            + "public-interest), so change the condition or leave that data out of the decision");
                }
            }
        }
    }

    // --- Art. 8(1): the age from which a child's own consent counts

    /**
     * A service that asks for consent and admits children from an age below the one their country
     * sets needs their parents' consent instead; the policy should not say otherwise. Only the
     * controller's country is known here, so a service for other countries may need a higher age.
     */
    private void children() {
        boolean consent = v.purposes().stream().anyMatch(p -> p.legalBasis().orElse(null) == LegalBasis.CONSENT);
        v.childrenMinimumAge().filter(age -> consent).ifPresent(age -> {
            Optional<String> country = v.controllers().stream().findFirst().flatMap(c -> c.contact().country());
            int national = country.flatMap(registry::digitalConsentAge).orElse(MIN_CONSENT_AGE);
            if (age < Math.max(MIN_CONSENT_AGE, national)) {
                warn(Rule.CHILDREN, v.origin().of("children"), "`minimumAge: " + age + "` is below the age from "
                        + "which a child can consent alone" + (national > MIN_CONSENT_AGE
                        ? " in " + country.get() + " (" + national + ")" : " anywhere in the EEA (13)")
                        + "; younger children need their parents' consent, so raise it to " + Math.max(
                        MIN_CONSENT_AGE, national) + " or say how you ask their parents");
            }
        });
    }

    // --- cross-references: checked in every version, before the GDPR too

    private void references() {
        authorityResolves();
        Map<String, PersonalData> data = byId(v.personalData(), PersonalData::id);
        Map<String, Recipient> recipients = byId(v.recipients(), Recipient::id);
        Set<String> used = v.purposes().stream().flatMap(p -> p.data().stream()).map(Reference::id)
                .collect(Collectors.toSet());
        for (Purpose p : v.purposes()) {
            for (Reference ref : p.data()) {
                if (!data.containsKey(ref.id())) {
                    report(Rule.PURPOSE_DATA, ref.at(), "purpose '" + p.id() + "' uses data '" + ref.id()
                            + "', which is not in `personalData`" + orFix(Suggestions.didYouMean(ref.id(), data.keySet()),
                            "; correct the id, or add that category to `personalData`"));
                }
            }
            for (Reference ref : p.recipients()) {
                if (!recipients.containsKey(ref.id())) {
                    report(Rule.RECIPIENTS, ref.at(), "purpose '" + p.id() + "' names recipient '" + ref.id()
                            + "', which is not in `recipients`" + orFix(Suggestions.didYouMean(ref.id(),
                            recipients.keySet()), "; correct the id, or add that recipient to `recipients`"));
                }
            }
        }
        for (AutomatedDecision d : v.automatedDecisions()) {
            for (Reference ref : d.data()) {
                if (!data.containsKey(ref.id())) {
                    report(Rule.AUTOMATED_DECISIONS, ref.at(), "automated decision '" + d.id() + "' uses data '"
                            + ref.id() + "', which is not in `personalData`" + orFix(Suggestions.didYouMean(ref.id(),
                            data.keySet()), "; correct the id, or add that category to `personalData`"));
                }
            }
        }
        for (PersonalData d : v.personalData()) {
            if (!d.id().isEmpty() && !used.contains(d.id())) {
                report(Rule.PURPOSE_DATA, d.origin().at(), "data '" + d.id() + "' is not used by any purpose; add it "
                        + "to the `data:` of the purposes that use it, or remove it");
            }
        }
        for (Transfer t : v.transfers()) {
            t.recipient().filter(ref -> !recipients.containsKey(ref.id())).ifPresent(ref -> report(Rule.RECIPIENTS,
                    ref.at(), "the transfer names recipient '" + ref.id() + "', which is not in `recipients`"
                            + orFix(Suggestions.didYouMean(ref.id(), recipients.keySet()),
                            "; correct the id, or add that recipient to `recipients`")));
            if (t.recipient().isEmpty() && !t.origin().rejected("recipient")) {
                report(Rule.TRANSFERS, t.origin().of("recipient"), "the transfer has no `recipient`; add the id "
                        + "of the recipient that receives the data");
            }
        }
    }

    private void authorityResolves() {
        v.supervisoryAuthorities().stream().filter(AuthorityRef.Registered.class::isInstance)
                .map(AuthorityRef.Registered.class::cast)
                .filter(registered -> registry.authority(registered.id()).isEmpty()).forEach(registered -> {
                    List<String> ids = registry.authorities().stream().map(a -> a.id()).toList();
                    String hint = Suggestions.didYouMean(registered.id(), ids);
                    report(Rule.SUPERVISORY_AUTHORITY, registered.origin().at(), "no supervisory authority has the id '"
                            + registered.id() + "'" + (hint.isEmpty() ? "; write a registry id, such as cnil or ico, "
                            + "or describe the authority with name and website" : hint));
                });
    }

    // --- form: unique ids, free sections that follow a section that exists, with ids the page does not use

    private void structure() {
        unique("dataSubjects", v.dataSubjects(), DataSubject::id, DataSubject::origin);
        unique("personalData", v.personalData(), PersonalData::id, PersonalData::origin);
        unique("purposes", v.purposes(), Purpose::id, Purpose::origin);
        unique("recipients", v.recipients(), Recipient::id, Recipient::origin);
        unique("automatedDecisions", v.automatedDecisions(), AutomatedDecision::id, AutomatedDecision::origin);
        unique("profiling", v.profiling(), Profiling::id, Profiling::origin);
        unique("sections", v.sections(), s -> s.id(), s -> s.origin());
        Set<String> sectionIds = v.sections().stream().map(s -> s.id()).collect(Collectors.toSet());
        List<String> pageOrder = SectionIds.pageOrder(v);
        for (var section : v.sections()) {
            if (SectionIds.STANDARD.contains(section.id())) {
                report(Rule.STRUCTURE, section.origin().of("id"), "the free section id '" + section.id()
                        + "' is already the id of a standard section; choose another");
            }
            SectionIds.reservedBecause(section.id()).ifPresent(why -> report(Rule.SECTION_ID,
                    section.origin().of("id"), "the free section id '" + section.id() + "' is " + why
                            + "; choose another id, such as " + SectionIds.unreserved(section.id())));
            section.after().filter(a -> !pageOrder.contains(a) && !sectionIds.contains(a)).ifPresent(a ->
                    report(Rule.STRUCTURE, section.origin().of("after"), "section '" + section.id() + "' comes after '"
                            + a + "', which is no section" + (a.equals(SectionIds.COOKIES)
                            ? "; the section cookies is there only when the version lists `cookies:`"
                            : Suggestions.didYouMean(a, SectionIds.STANDARD))));
        }
    }

    private <T> void unique(String list, List<T> items, Function<T, String> id, Function<T, Origin> origin) {
        Map<String, Position> seen = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            Position at = origin.apply(item).of("id");
            Position first = key.isEmpty() ? null : seen.putIfAbsent(key, at);
            if (first != null) {
                report(Rule.STRUCTURE, at, "the id '" + key + "' is used twice in `" + list + "` (first on line "
                        + first.line() + "); give each item its own id");
            }
        }
    }

    /** The "did you mean" when there is one, else what to do. */
    private static String orFix(String didYouMean, String fix) {
        return didYouMean.isEmpty() ? fix : didYouMean;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return map;
    }

    /** A value the file must hold is not there, and the loader has not already said why. */
    private static boolean absent(Origin origin, String key, Optional<?> value) {
        return value.isEmpty() && !origin.rejected(key);
    }

    private void report(Rule rule, Position at, String message) {
        out.add(rule.error(at, message));
    }

    private void warn(Rule rule, Position at, String message) {
        out.add(rule.warning(at, message));
    }
}

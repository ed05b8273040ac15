package org.plainpolicy.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plainpolicy.model.AuthorityRef;
import org.plainpolicy.model.AutomatedDecision;
import org.plainpolicy.model.DecisionGround;
import org.plainpolicy.model.Derogation;
import org.plainpolicy.model.Contact;
import org.plainpolicy.model.Controller;
import org.plainpolicy.model.DataSource;
import org.plainpolicy.model.DataSubject;
import org.plainpolicy.model.Dpo;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.FreeSection;
import org.plainpolicy.model.GlossaryEntry;
import org.plainpolicy.model.LegalBasis;
import org.plainpolicy.model.Origin;
import org.plainpolicy.model.PersonalData;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Concepts;
import org.plainpolicy.model.Cookie;
import org.plainpolicy.model.Profiling;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.Purpose;
import org.plainpolicy.model.Recipient;
import org.plainpolicy.model.RecipientRole;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.Requirement;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.RightId;
import org.plainpolicy.model.Rights;
import org.plainpolicy.model.Safeguard;
import org.plainpolicy.model.SpecialCondition;
import org.plainpolicy.model.Transfer;
import org.plainpolicy.model.VersionKey;
import org.yaml.snakeyaml.nodes.Node;

/** Turns the YAML of one version file into a {@link PolicyVersion}. */
final class VersionReader {

    private final List<Finding> findings;

    VersionReader(List<Finding> findings) {
        this.findings = findings;
    }

    Optional<PolicyVersion> read(VersionKey key, Path file, Node root, String sha256) {
        return Fields.of(root, file, Position.startOf(file), Format.VERSION, findings)
                .map(f -> version(key, file, f, sha256));
    }

    private PolicyVersion version(VersionKey key, Path file, Fields f, String sha256) {
        return new PolicyVersion(key, file,
                f.date("announced"),
                f.bool("material").orElse(true),
                f.text("noticeWaived"),
                f.text("title"),
                f.text("intro"),
                f.texts("changes"),
                controllers(f),
                f.mapping("representative", "representative").map(this::representative),
                f.mapping("dpo", "dpo").map(this::dpo),
                authorities(f),
                f.items("dataSubjects", "dataSubjects[]").stream().map(this::dataSubject).toList(),
                f.items("personalData", "personalData[]").stream().map(this::personalData).toList(),
                f.items("purposes", "purposes[]").stream().map(this::purpose).toList(),
                f.items("recipients", "recipients[]").stream().map(this::recipient).toList(),
                f.items("transfers", "transfers[]").stream().map(this::transfer).toList(),
                f.items("automatedDecisions", "automatedDecisions[]").stream().map(this::automatedDecision).toList(),
                f.items("profiling", "profiling[]").stream().map(this::profiling).toList(),
                f.items("cookies", "cookies[]").stream().map(this::cookie).toList(),
                f.mapping("rights", "rights").map(this::rights),
                f.text("security"),
                f.mapping("children", "children").flatMap(c -> c.integer("minimumAge", 0, 120)),
                f.items("glossary", "glossary[]").stream().map(this::glossaryEntry).flatMap(Optional::stream).toList(),
                f.items("sections", "sections[]").stream().map(this::section).flatMap(Optional::stream).toList(),
                sha256,
                f.origin());
    }

    /** One controller ({@code controller:}), or several, each for its own people ({@code controllers:}). */
    private List<Controller> controllers(Fields f) {
        List<Controller> controllers = new ArrayList<>();
        f.mapping("controller", "controller").map(c -> new Controller(controller(c), Optional.empty(), Optional.empty()))
                .ifPresent(controllers::add);
        for (Fields c : f.items("controllers", "controllers[]")) {
            controllers.add(new Controller(controller(c), c.text("for"), c.country("establishment")));
        }
        return controllers;
    }

    private Contact controller(Fields f) {
        Optional<String> name = f.text("name");
        Optional<String> address = f.text("address");
        Optional<String> country = f.country("country");
        Optional<String> email = f.email("email");
        Optional<String> phone = f.text("phone");
        Optional<String> website = f.webAddress("website");
        return new Contact(name, address, country, email, phone, website, f.origin());
    }

    private Contact representative(Fields f) {
        Optional<String> name = f.text("name");
        Optional<String> address = f.text("address");
        Optional<String> email = f.email("email");
        Optional<String> phone = f.text("phone");
        return new Contact(name, address, Optional.empty(), email, phone, Optional.empty(), f.origin());
    }

    private Dpo dpo(Fields f) {
        Optional<Boolean> appointed = f.bool("appointed");
        Optional<String> name = f.text("name");
        Optional<String> email = f.email("email");
        Optional<String> address = f.text("address");
        Optional<String> phone = f.text("phone");
        Contact contact = new Contact(name, address, Optional.empty(), email, phone, Optional.empty(), f.origin());
        return new Dpo(appointed, contact, f.origin());
    }

    /** A registry id written as a word, or an authority described as a mapping. */
    /** One authority (a registry id or a description) or a list of them, the lead authority first. */
    private List<AuthorityRef> authorities(Fields f) {
        if (!f.has("supervisoryAuthority")) {
            return List.of();
        }
        if (f.isList("supervisoryAuthority")) {
            return f.scalarsOrMappings("supervisoryAuthority", "supervisoryAuthority", this::registered,
                    this::described);
        }
        Optional<Fields> described = f.mappingIfMapping("supervisoryAuthority", "supervisoryAuthority");
        if (described.isPresent()) {
            return List.of(described(described.get()));
        }
        return f.id("supervisoryAuthority").<AuthorityRef>map(id -> new AuthorityRef.Registered(id,
                Origin.of(f.valueAt("supervisoryAuthority")))).stream().toList();
    }

    private AuthorityRef registered(String id, Position at) {
        return new AuthorityRef.Registered(id, Origin.of(at));
    }

    private AuthorityRef described(Fields a) {
        Optional<String> name = a.text("name");
        Optional<String> website = a.webAddress("website");
        Optional<String> address = a.text("address");
        Optional<String> email = a.email("email");
        Contact contact = new Contact(name, address, Optional.empty(), email, Optional.empty(), website, a.origin());
        return new AuthorityRef.Described(contact, a.origin());
    }

    private PersonalData personalData(Fields f) {
        String id = itemId(f);
        Optional<String> name = f.text("name");
        Optional<String> description = f.text("description");
        Optional<DataSource> source = f.word("source", DataSource.class);
        Optional<String> sourceDetails = f.text("sourceDetails");
        Optional<String> toldWhen = f.text("toldWhen");
        boolean special = f.bool("special").orElse(false);
        Optional<SpecialCondition> condition = f.word("specialCondition", SpecialCondition.class);
        Optional<Requirement> required = f.word("required", Requirement.class);
        Optional<String> consequences = f.text("consequences");
        Optional<Retention> retention = f.mapping("retention", "personalData[].retention").map(this::retention);
        var dataSubjects = f.references("dataSubjects");
        return new PersonalData(id, name, description, source, sourceDetails, toldWhen, special, condition, required,
                consequences, retention, dataSubjects, new Concepts(f.text("pd"), f.isList("fides") ? f.texts("fides") : f.text("fides").stream().toList()), f.origin());
    }

    private DataSubject dataSubject(Fields f) {
        String id = itemId(f);
        Optional<String> name = f.text("name");
        Optional<String> description = f.text("description");
        List<String> fides = f.isList("fides") ? f.texts("fides") : f.text("fides").stream().toList();
        return new DataSubject(id, name, description, fides, f.origin());
    }

    private Retention retention(Fields f) {
        return new Retention(f.period("period"), f.text("after"), f.text("criteria"), f.origin());
    }

    private Purpose purpose(Fields f) {
        String id = itemId(f);
        Optional<String> name = f.text("name");
        Optional<String> description = f.text("description");
        var data = f.references("data");
        var dataSubjects = f.references("dataSubjects");
        Optional<LegalBasis> legalBasis = f.word("legalBasis", LegalBasis.class);
        Optional<String> interests = f.text("legitimateInterests");
        Optional<String> law = f.text("law");
        var recipients = f.references("recipients");
        boolean directMarketing = f.bool("directMarketing").orElse(false);
        Optional<Retention> retention = f.mapping("retention", "purposes[].retention").map(this::retention);
        return new Purpose(id, name, description, data, dataSubjects, legalBasis, interests, law, recipients, directMarketing,
                retention, new Concepts(f.text("dpv"), f.text("fides").stream().toList()), f.origin());
    }

    private Recipient recipient(Fields f) {
        String id = itemId(f);
        Optional<String> name = f.text("name");
        Optional<RecipientRole> role = f.word("role", RecipientRole.class);
        Optional<String> purpose = f.text("purpose");
        List<String> countries = new ArrayList<>(f.country("country").stream().toList());
        countries.addAll(f.countries("countries"));
        Optional<String> organisation = f.id("internationalOrganisation");
        boolean category = f.bool("category").orElse(false);
        Optional<String> arrangement = f.text("arrangement");
        Optional<String> contactPoint = f.emailOrWebAddress("contactPoint");
        return new Recipient(id, name, role, purpose, countries, organisation, category, arrangement, contactPoint,
                f.origin());
    }

    private Transfer transfer(Fields f) {
        var recipient = f.id("recipient").map(id -> new Reference(id, f.valueAt("recipient")));
        Optional<String> country = f.country("country");
        Optional<Safeguard> safeguard = f.word("safeguard", Safeguard.class);
        Optional<String> details = f.text("details");
        Optional<String> copy = f.link("copy");
        Optional<String> listing = f.link("listing");
        Optional<Derogation> derogation = f.word("derogation", Derogation.class);
        Optional<String> risks = f.text("risks");
        Optional<String> law = f.text("law");
        Optional<String> interests = f.text("interests");
        boolean authorityInformed = f.bool("authorityInformed").orElse(false);
        return new Transfer(recipient, country, safeguard, details, copy, listing, derogation, risks, law, interests,
                authorityInformed, f.origin());
    }

    private AutomatedDecision automatedDecision(Fields f) {
        String id = itemId(f);
        Optional<String> name = f.text("name");
        Optional<String> logic = f.text("logic");
        Optional<String> significance = f.text("significance");
        Optional<String> contest = f.text("contest");
        Optional<DecisionGround> ground = f.word("ground", DecisionGround.class);
        Optional<String> law = f.text("law");
        var data = f.references("data");
        return new AutomatedDecision(id, name, logic, significance, contest, ground, law, data, f.origin());
    }

    private Cookie cookie(Fields f) {
        return new Cookie(f.text("name"), f.text("provider"), f.country("country"), f.text("purpose"),
                f.cookieDuration("duration"), f.bool("consent").orElse(true), f.origin());
    }

    private Profiling profiling(Fields f) {
        return new Profiling(itemId(f), f.text("name"), f.text("logic"), f.text("significance"), f.origin());
    }

    private Rights rights(Fields f) {
        Optional<String> contact = f.emailOrWebAddress("contact");
        var responseTime = f.period("responseTime").orElse(Rights.DEFAULT_RESPONSE_TIME);
        Map<RightId, String> overrides = new EnumMap<>(RightId.class);
        Optional<Fields> overridesFields = f.mapping("overrides", "rights.overrides");
        overridesFields.ifPresent(o -> {
            for (RightId right : RightId.values()) {
                o.text(right.word()).ifPresent(text -> overrides.put(right, text));
            }
        });
        Origin overridesOrigin = overridesFields.map(Fields::origin).orElse(Origin.of(f.origin().of("overrides")));
        return new Rights(contact, responseTime, overrides, overridesOrigin, f.origin());
    }

    private Optional<GlossaryEntry> glossaryEntry(Fields f) {
        Optional<String> term = required(f, "term", "the term it defines");
        Optional<String> definition = required(f, "definition", "its meaning in plain words");
        if (term.isEmpty() || definition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GlossaryEntry(term.get(), definition.get(), f.origin()));
    }

    private Optional<FreeSection> section(Fields f) {
        String id = itemId(f);
        Optional<String> title = required(f, "title", "its heading");
        Optional<String> body = required(f, "body", "its text");
        Optional<String> after = f.id("after");
        if (id.isEmpty() || title.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FreeSection(id, title.get(), body.get(), after, f.origin()));
    }

    /** Every list item that others refer to needs an id; without one it reads as "" and is reported here. */
    private String itemId(Fields f) {
        if (!f.has("id") || f.text("id").isEmpty()) {
            f.error(f.at(), Fields.label(f.kind()) + " has no `id`; add `id:` with a short name such as "
                    + "'send-email' (lowercase letters, digits and hyphens)");
            return "";
        }
        return f.id("id").orElse("");
    }

    private static Optional<String> required(Fields f, String key, String what) {
        Optional<String> value = f.text(key);
        if (value.isEmpty() && !f.origin().rejected(key)) {
            f.error(f.origin().of(key), Fields.label(f.kind()) + " has no `" + key + "`; add `" + key + ":` with "
                    + what);
        }
        return value;
    }
}

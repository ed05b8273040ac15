package org.plainpolicy.render;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plainpolicy.model.AuthorityRef;
import org.plainpolicy.model.AutomatedDecision;
import org.plainpolicy.model.Contact;
import org.plainpolicy.model.DataSource;
import org.plainpolicy.model.Derogation;
import org.plainpolicy.model.DerivedRights;
import org.plainpolicy.model.LegalBasis;
import org.plainpolicy.model.DataSubject;
import org.plainpolicy.model.PersonalData;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Profiling;
import org.plainpolicy.model.Purpose;
import org.plainpolicy.model.Recipient;
import org.plainpolicy.model.RecipientRole;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.RetentionPeriod;
import org.plainpolicy.model.RightId;
import org.plainpolicy.model.Safeguard;
import org.plainpolicy.model.SpecialCondition;
import org.plainpolicy.model.SectionIds;
import org.plainpolicy.model.Transfer;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.registry.SupervisoryAuthority;

/**
 * A version as a privacy notice in the W3C Data Privacy Vocabulary (DPV 2.2), in JSON-LD, with an
 * inline {@code @context} (DPV publishes none, and nothing may be fetched to read the file). Its
 * identifiers are relative to the file, so they resolve to the version's page and its anchors
 * wherever the site is: {@code index.html#purpose-send-email}. Text stays in the version's language
 * and is tagged with it; Markdown is given as the editor wrote it.
 */
final class DpvJsonLd {

    static final String DPV = "https://w3id.org/dpv#";
    static final String GDPR = "https://w3id.org/dpv/legal/eu/gdpr#";
    static final String PD = "https://w3id.org/dpv/pd#";
    static final String LOC = "https://w3id.org/dpv/loc#";
    static final String LEGAL_EU = "https://w3id.org/dpv/legal/eu#";
    private static final String PAGE = "index.html";

    private final Registry registry;

    DpvJsonLd(Registry registry) {
        this.registry = registry;
    }

    OutputFile render(String path, PolicyVersion v) {
        String lang = v.language();
        JsonObjectBuilder notice = object()
                .add("@context", context())
                .add("@id", PAGE)
                .add("@type", "dpv:PrivacyNotice")
                .add("dct:identifier", v.id())
                .add("dct:valid", date(v.effective().toString()))
                .add("dct:language", lang);
        v.title().ifPresent(t -> notice.add("dct:title", text(t, lang)));
        v.announced().ifPresent(d -> notice.add("dct:issued", date(d.toString())));
        notice.add("dpv:hasApplicableLaw", id("legal-eu:law-GDPR"));
        JsonArrayBuilder controllers = array();
        for (int i = 0; i < v.controllers().size(); i++) {
            var c = v.controllers().get(i);
            JsonObjectBuilder controller = entity(c.contact(), "controller-" + (i + 1), "dpv:DataController", lang);
            c.forWhom().ifPresent(f -> controller.add("dct:description", text(f, lang)));
            controllers.add(controller);
        }
        notice.add("dpv:hasDataController", controllers);
        v.representative().ifPresent(r -> notice.add("dpv:hasRepresentative",
                entity(r, "representative", "dpv:Representative", lang)));
        v.dpo().filter(d -> d.isAppointed()).ifPresent(d -> notice.add("dpv:hasDataProtectionOfficer",
                entity(d.contact(), "dpo", "dpv:DataProtectionOfficer", lang)));
        JsonArrayBuilder authorities = array();
        v.supervisoryAuthorities().forEach(a -> authorities.add(authority(a, lang)));
        notice.add("dpv:hasAuthority", authorities);
        notice.add("dpv:hasPersonalData", personalData(v, lang));
        notice.add("dpv:hasRecipient", recipients(v, lang));
        notice.add("dpv:hasProcess", processes(v, lang));
        // The rights the page shows, those set apart included; both objections are Art. 21.
        Set<String> articles = new LinkedHashSet<>();
        DerivedRights.of(v).forEach(r -> articles.add(right(r)));
        DerivedRights.setApart(v).forEach(r -> articles.add(right(r)));
        JsonArrayBuilder rights = array();
        articles.forEach(r -> rights.add(id(r)));
        notice.add("dpv:hasRight", rights);
        return Json.file(path, notice.build());
    }

    private static JsonObjectBuilder context() {
        return object()
                .add("dpv", DPV).add("eu-gdpr", GDPR).add("pd", PD).add("loc", LOC).add("legal-eu", LEGAL_EU)
                .add("dct", "http://purl.org/dc/terms/")
                .add("xsd", "http://www.w3.org/2001/XMLSchema#")
                .add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    }

    private JsonObjectBuilder authority(AuthorityRef ref, String lang) {
        JsonObjectBuilder authority = object().add("@type", "eu-gdpr:DataProtectionAuthority");
        if (ref instanceof AuthorityRef.Registered registered) {
            registry.authority(registered.id()).ifPresent(a -> registered(authority, a, lang));
        } else if (ref instanceof AuthorityRef.Described described) {
            contact(authority, described.contact(), lang);
        }
        return authority;
    }

    private static void registered(JsonObjectBuilder authority, SupervisoryAuthority a, String lang) {
        authority.add("dpv:hasName", text(a.nameFor(Locale.forLanguageTag(lang)), lang))
                .add("dpv:hasLocation", id("loc:" + a.country()))
                .add("dct:source", id(a.website()));
    }

    private static JsonObjectBuilder entity(Contact c, String anchor, String type, String lang) {
        return contact(object().add("@id", PAGE + "#" + anchor).add("@type", type), c, lang);
    }

    private static JsonObjectBuilder contact(JsonObjectBuilder entity, Contact c, String lang) {
        c.name().ifPresent(n -> entity.add("dpv:hasName", text(n, lang)));
        c.address().ifPresent(a -> entity.add("dpv:hasAddress", text(a, lang)));
        c.country().ifPresent(country -> entity.add("dpv:hasLocation", id("loc:" + country)));
        JsonArrayBuilder contact = array();
        c.email().ifPresent(e -> contact.add(id("mailto:" + e)));
        c.phone().ifPresent(p -> contact.add(id("tel:" + p.replaceAll("[^+0-9]", ""))));
        c.website().ifPresent(w -> contact.add(id(w)));
        entity.add("dpv:hasContact", contact);
        return entity;
    }

    private static JsonArrayBuilder personalData(PolicyVersion v, String lang) {
        JsonArrayBuilder all = array();
        for (PersonalData d : v.personalData()) {
            JsonArrayBuilder types = array().add("dpv:PersonalData");
            d.concepts().dpv().ifPresent(c -> types.add("pd:" + c));
            if (d.special()) {
                types.add("dpv:SpecialCategoryPersonalData");
            }
            JsonObjectBuilder data = object().add("@id", PAGE + "#data-" + d.id()).add("@type", types);
            d.name().ifPresent(n -> data.add("dct:title", text(n, lang)));
            d.description().ifPresent(t -> data.add("dct:description", text(t, lang)));
            d.source().ifPresent(s -> data.add("dpv:hasDataSource", id(source(s))));
            d.retention().filter(Retention::stated).ifPresent(r -> data.add("dpv:hasStorageCondition",
                    storage(r, lang)));
            all.add(data);
        }
        return all;
    }

    private static JsonArrayBuilder recipients(PolicyVersion v, String lang) {
        JsonArrayBuilder all = array();
        for (Recipient r : v.recipients()) {
            JsonObjectBuilder recipient = object().add("@id", PAGE + "#recipient-" + r.id())
                    .add("@type", r.role().map(DpvJsonLd::role).orElse("dpv:Recipient"));
            r.name().ifPresent(n -> recipient.add("dpv:hasName", text(n, lang)));
            r.purpose().ifPresent(p -> recipient.add("dct:description", text(p, lang)));
            JsonArrayBuilder where = array();
            r.countries().forEach(country -> where.add(id("loc:" + country)));
            recipient.add("dpv:hasLocation", where);
            all.add(recipient);
        }
        return all;
    }

    /** Each purpose, each transfer and each automated decision or analysis: a process of its own. */
    private static JsonArrayBuilder processes(PolicyVersion v, String lang) {
        Map<String, PersonalData> data = v.personalData().stream()
                .collect(Collectors.toMap(PersonalData::id, d -> d, (a, b) -> a));
        Map<String, Recipient> recipients = v.recipients().stream()
                .collect(Collectors.toMap(Recipient::id, r -> r, (a, b) -> a));
        JsonArrayBuilder all = array();
        for (Purpose p : v.purposes()) {
            JsonObjectBuilder purpose = object().add("@type", p.concepts().dpv().map(c -> array().add("dpv:Purpose")
                    .add("dpv:" + c)).orElse(array().add("dpv:Purpose")));
            p.name().ifPresent(n -> purpose.add("dct:title", text(n, lang)));
            p.description().ifPresent(t -> purpose.add("dct:description", text(t, lang)));
            JsonObjectBuilder process = object().add("@id", PAGE + "#purpose-" + p.id()).add("@type", "dpv:Process")
                    .add("dpv:hasPurpose", purpose);
            JsonArrayBuilder bases = array();
            p.legalBasis().ifPresent(b -> bases.add(id(basis(b))));
            p.data().stream().map(ref -> data.get(ref.id())).filter(d -> d != null && d.special())
                    .flatMap(d -> d.specialCondition().stream()).map(DpvJsonLd::condition).distinct()
                    .forEach(c -> bases.add(id(c)));
            process.add("dpv:hasLegalBasis", bases);
            process.add("dpv:hasPersonalData", refs(p.data(), "#data-"));
            List<DataSubject> groups = v.dataSubjectsOf(p);
            if (!groups.isEmpty()) {
                JsonArrayBuilder subjects = array();
                groups.forEach(g -> subjects.add(object().add("@id", PAGE + "#" + SectionIds.groupAnchor(g.id()))
                        .add("@type", "dpv:DataSubject").add("dpv:hasName", text(g.displayName(), lang))));
                process.add("dpv:hasDataSubject", subjects);
            }
            addRecipients(process, p.recipients(), recipients);
            p.retention().filter(Retention::stated).ifPresent(r -> process.add("dpv:hasStorageCondition",
                    storage(r, lang)));
            all.add(process);
        }
        Set<String> names = new LinkedHashSet<>();
        for (Transfer t : v.transfers()) {
            // Named by what it is, so that the same transfer has the same identifier in every version.
            String named = t.recipient().map(Reference::id).orElse("") + t.country().map(c -> "-" + c.toLowerCase(
                    Locale.ROOT)).orElse("");
            String name = named;
            for (int n = 2; !names.add(name); n++) {
                name = named + "-" + n;
            }
            JsonObjectBuilder transfer = object().add("@id", PAGE + "#transfer-" + name).add("@type", "dpv:Process")
                    .add("dpv:hasProcessing", id("dpv:Transfer"));
            t.recipient().map(Reference::id).ifPresent(r -> transfer.add("dpv:hasRecipient",
                    id(PAGE + "#recipient-" + r)));
            t.country().or(() -> t.recipient().map(Reference::id).map(recipients::get)
                            .filter(r -> r.countries().size() == 1).map(r -> r.countries().get(0)))
                    .ifPresent(country -> transfer.add("dpv:hasThirdCountry", id("loc:" + country)));
            t.safeguard().flatMap(s -> safeguard(s, t.derogation())).ifPresent(s -> transfer.add("dpv:hasLegalBasis",
                    id(s)));
            all.add(transfer);
        }
        for (AutomatedDecision d : v.automatedDecisions()) {
            JsonObjectBuilder decision = object().add("@id", PAGE + "#decision-" + d.id()).add("@type", "dpv:Process")
                    .add("dpv:hasContext", id("dpv:AutomatedDecisionMaking"));
            d.name().ifPresent(t -> decision.add("dct:title", text(t, lang)));
            d.logic().ifPresent(t -> decision.add("dct:description", text(t, lang)));
            decision.add("dpv:hasPersonalData", refs(d.data(), "#data-"));
            all.add(decision);
        }
        for (Profiling p : v.profiling()) {
            JsonObjectBuilder profiling = object().add("@id", PAGE + "#profiling-" + p.id()).add("@type", "dpv:Process")
                    .add("dpv:hasProcessing", id("dpv:Profiling"));
            p.name().ifPresent(t -> profiling.add("dct:title", text(t, lang)));
            p.logic().ifPresent(t -> profiling.add("dct:description", text(t, lang)));
            all.add(profiling);
        }
        return all;
    }

    /** Recipients by the property of their role: processors, joint controllers, other controllers, the rest. */
    private static void addRecipients(JsonObjectBuilder process, List<Reference> refs, Map<String, Recipient> all) {
        Map<String, JsonArrayBuilder> byProperty = new LinkedHashMap<>();
        for (Reference ref : refs) {
            Recipient r = all.get(ref.id());
            String property = r == null ? "dpv:hasRecipient" : r.role().map(role -> switch (role) {
                case PROCESSOR -> "dpv:hasDataProcessor";
                case JOINT_CONTROLLER -> "dpv:hasJointDataControllers";
                case CONTROLLER -> "dpv:hasRecipientDataController";
                case PUBLIC_AUTHORITY -> "dpv:hasRecipientThirdParty";
            }).orElse("dpv:hasRecipient");
            byProperty.computeIfAbsent(property, p -> array()).add(id(PAGE + "#recipient-" + ref.id()));
        }
        byProperty.forEach(process::add);
    }

    private static JsonObjectBuilder storage(Retention r, String lang) {
        JsonObjectBuilder storage = object().add("@type", "dpv:StorageDuration");
        r.period().ifPresent(p -> storage.add("rdf:value", object().add("@value", iso(p)).add("@type", "xsd:duration")));
        r.after().ifPresent(a -> storage.add("dct:description", text(a, lang)));
        r.criteria().ifPresent(c -> storage.add("dct:description", text(c, lang)));
        return storage;
    }

    /** An ISO 8601 duration: P3Y, P6M, P2W, P90D. */
    static String iso(RetentionPeriod p) {
        return "P" + p.amount() + switch (p.unit()) {
            case DAY -> "D";
            case WEEK -> "W";
            case MONTH -> "M";
            case YEAR -> "Y";
        };
    }

    private static String basis(LegalBasis b) {
        return "eu-gdpr:" + switch (b) {
            case CONSENT -> "A6-1-a";
            case CONTRACT -> "A6-1-b";
            case LEGAL_OBLIGATION -> "A6-1-c";
            case VITAL_INTERESTS -> "A6-1-d";
            case PUBLIC_TASK -> "A6-1-e";
            case LEGITIMATE_INTERESTS -> "A6-1-f";
        };
    }

    private static String condition(SpecialCondition c) {
        return "eu-gdpr:A9-2-" + switch (c) {
            case EXPLICIT_CONSENT -> "a";
            case EMPLOYMENT_LAW -> "b";
            case VITAL_INTERESTS -> "c";
            case NON_PROFIT -> "d";
            case MADE_PUBLIC -> "e";
            case LEGAL_CLAIMS -> "f";
            case PUBLIC_INTEREST -> "g";
            case HEALTH_CARE -> "h";
            case PUBLIC_HEALTH -> "i";
            case ARCHIVING_RESEARCH -> "j";
        };
    }

    /** The article a transfer rests on; the Data Privacy Framework and the Privacy Shield are adequacy decisions. */
    private static Optional<String> safeguard(Safeguard s, Optional<Derogation> derogation) {
        String article = switch (s) {
            case ADEQUACY_DECISION, DATA_PRIVACY_FRAMEWORK, PRIVACY_SHIELD -> "A45-3";
            case PUBLIC_AUTHORITY_INSTRUMENT -> "A46-2-a";
            case BINDING_CORPORATE_RULES -> "A46-2-b";
            case STANDARD_CONTRACTUAL_CLAUSES -> "A46-2-c";
            case CODE_OF_CONDUCT -> "A46-2-e";
            case CERTIFICATION -> "A46-2-f";
            case AUTHORISED_CONTRACTUAL_CLAUSES -> "A46-3-a";
            case ADMINISTRATIVE_ARRANGEMENT -> "A46-3-b";
            case DEROGATION -> derogation.map(d -> switch (d) {
                case EXPLICIT_CONSENT -> "A49-1-a";
                case CONTRACT, PRE_CONTRACTUAL_STEPS -> "A49-1-b";
                case CONTRACT_IN_YOUR_INTEREST -> "A49-1-c";
                case PUBLIC_INTEREST -> "A49-1-d";
                case LEGAL_CLAIMS -> "A49-1-e";
                case VITAL_INTERESTS -> "A49-1-f";
                case PUBLIC_REGISTER -> "A49-1-g";
                // DPV names the second subparagraph of Art. 49(1) "A49-2".
                case COMPELLING_LEGITIMATE_INTERESTS -> "A49-2";
            }).orElse("");
        };
        return article.isEmpty() ? Optional.empty() : Optional.of("eu-gdpr:" + article);
    }

    private static String right(RightId r) {
        return "eu-gdpr:" + switch (r) {
            case ACCESS -> "A15";
            case RECTIFICATION -> "A16";
            case ERASURE -> "A17";
            case RESTRICTION -> "A18";
            case PORTABILITY -> "A20";
            case OBJECT, OBJECT_DIRECT_MARKETING -> "A21";
            case WITHDRAW_CONSENT -> "A7-3";
            case HUMAN_REVIEW -> "A22";
            case COMPLAINT -> "A77";
        };
    }

    private static String role(RecipientRole role) {
        return switch (role) {
            case PROCESSOR -> "dpv:DataProcessor";
            case CONTROLLER -> "dpv:DataController";
            case JOINT_CONTROLLER -> "dpv:JointDataControllers";
            case PUBLIC_AUTHORITY -> "dpv:Authority";
        };
    }

    private static String source(DataSource s) {
        return switch (s) {
            case YOU -> "dpv:DataSubjectDataSource";
            case THIRD_PARTY -> "dpv:ThirdPartyDataSource";
            case PUBLIC -> "dpv:PublicDataSource";
        };
    }

    private static JsonArrayBuilder refs(List<Reference> refs, String prefix) {
        JsonArrayBuilder all = array();
        refs.forEach(r -> all.add(id(PAGE + prefix + r.id())));
        return all;
    }

    private static JsonObjectBuilder text(String value, String lang) {
        return object().add("@value", value.strip()).add("@language", lang);
    }

    private static JsonObjectBuilder date(String day) {
        return object().add("@value", day).add("@type", "xsd:date");
    }

    private static JsonObjectBuilder id(String iri) {
        return object().add("@id", iri);
    }

    private static JsonObjectBuilder object() {
        return Json.PROVIDER.createObjectBuilder();
    }

    private static JsonArrayBuilder array() {
        return Json.PROVIDER.createArrayBuilder();
    }
}

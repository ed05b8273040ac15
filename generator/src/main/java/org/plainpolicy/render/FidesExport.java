package org.plainpolicy.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plainpolicy.model.Contact;
import org.plainpolicy.model.LegalBasis;
import org.plainpolicy.model.DataSubject;
import org.plainpolicy.model.PersonalData;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Purpose;
import org.plainpolicy.model.Recipient;
import org.plainpolicy.model.RecipientRole;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.Safeguard;
import org.plainpolicy.model.SpecialCondition;
import org.plainpolicy.model.Transfer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code fides.yaml}: the current version as a fideslang manifest (organization and system
 * resources) that Fides imports. The controllers become organizations; the service itself a
 * system, whose privacy declarations are the purposes; each recipient a system with its
 * responsibility. Where the policy names no fideslang key, the file says at its top what it
 * assumed, so that a privacy engineer knows what to check.
 */
final class FidesExport {

    /** The fideslang data subject every declaration names until the policy says whose data it is. */
    static final String ASSUMED_SUBJECT = "customer";
    static final String ROOT_CATEGORY = "user";

    private FidesExport() {
    }

    static OutputFile render(String path, PolicyVersion v, String siteName) {
        List<String> assumed = new ArrayList<>();
        if (v.dataSubjects().isEmpty()) {
            assumed.add("the data subjects of every declaration: " + ASSUMED_SUBJECT + " (the policy does not say whose "
                    + "data it is)");
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        List<Map<String, Object>> organizations = new ArrayList<>();
        for (var c : v.controllers()) {
            Map<String, Object> org = new LinkedHashMap<>();
            org.put("fides_key", key(c.contact().name().orElse("controller")));
            org.put("name", c.contact().name().orElse(""));
            // The policy's own words for whose controller it is; the file adds none of its own language.
            c.forWhom().ifPresent(f -> org.put("description", f.strip()));
            org.put("controller", contact(c.contact()));
            v.dpo().filter(d -> d.isAppointed()).ifPresent(d -> org.put("data_protection_officer", contact(d.contact())));
            v.representative().ifPresent(r -> org.put("representative", contact(r)));
            organizations.add(org);
        }
        manifest.put("organization", organizations);
        String organization = organizations.isEmpty() ? "default_organization"
                : (String) organizations.get(0).get("fides_key");
        if (organizations.size() > 1) {
            assumed.add("every system belongs to the first controller, " + organization + "; the others are "
                    + "organizations of their own");
        }
        Map<String, PersonalData> data = v.personalData().stream()
                .collect(Collectors.toMap(PersonalData::id, d -> d, (a, b) -> a));
        Map<String, Recipient> recipients = v.recipients().stream()
                .collect(Collectors.toMap(Recipient::id, r -> r, (a, b) -> a));
        String serviceKey = key(siteName.isEmpty() ? "service" : siteName);
        List<Map<String, Object>> systems = new ArrayList<>();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("fides_key", serviceKey);
        service.put("name", siteName);
        service.put("organization_fides_key", organization);
        service.put("system_type", "Service");
        service.put("responsibility", List.of("Controller"));
        service.put("egress", v.recipients().stream().map(r -> egress("recipient_" + key(r.id()))).toList());
        List<Map<String, Object>> declarations = new ArrayList<>();
        for (Purpose p : v.purposes()) {
            declarations.add(declaration(v, p, data, assumed));
        }
        service.put("privacy_declarations", declarations);
        service.put("uses_profiling", !v.profiling().isEmpty() || !v.automatedDecisions().isEmpty());
        service.put("uses_cookies", !v.cookies().isEmpty());
        systems.add(service);
        for (Recipient r : v.recipients()) {
            systems.add(recipientSystem(r, v, data, organization, assumed));
        }
        manifest.put("system", systems);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(siteName.isEmpty() ? "The policy" : siteName).append(", version ").append(v.id())
                .append(" (").append(v.language()).append("), as a fideslang manifest: import it with `fides push`.\n");
        out.append("# Made by Plain Policy from ").append(v.file().getFileName()).append(". Assumed where the policy ")
                .append("names no fideslang key:\n");
        new LinkedHashSet<>(assumed).forEach(line -> out.append("#   - ").append(line).append('\n'));
        out.append(yaml().dump(manifest));
        return new OutputFile(path, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The fideslang data subjects of the purpose's groups; a group that names none is assumed a customer. */
    private static List<String> subjects(PolicyVersion v, Purpose p, List<String> assumed) {
        if (v.dataSubjects().isEmpty()) {
            return List.of(ASSUMED_SUBJECT);
        }
        Set<String> subjects = new LinkedHashSet<>();
        for (DataSubject g : v.dataSubjectsOf(p)) {
            if (g.fides().isEmpty()) {
                assumed.add("the group of people '" + g.id() + "': data subject " + ASSUMED_SUBJECT);
                subjects.add(ASSUMED_SUBJECT);
            }
            subjects.addAll(g.fides());
        }
        return subjects.isEmpty() ? List.of(ASSUMED_SUBJECT) : new ArrayList<>(subjects);
    }

    private static Map<String, Object> declaration(PolicyVersion v, Purpose p, Map<String, PersonalData> data,
                                                   List<String> assumed) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", p.name().orElse(p.id()));
        d.put("data_use", p.concepts().fides().stream().findFirst().orElseGet(() -> {
            String use = assumedUse(p);
            assumed.add("purpose '" + p.id() + "': data use " + use + " (from its " + (p.directMarketing()
                    ? "direct marketing" : "legal basis") + ")");
            return use;
        }));
        Set<String> categories = new LinkedHashSet<>();
        List<PersonalData> used = p.data().stream().map(Reference::id).map(data::get).filter(x -> x != null).toList();
        for (PersonalData item : used) {
            if (item.concepts().fides().isEmpty()) {
                assumed.add("data '" + item.id() + "': data category " + ROOT_CATEGORY);
                categories.add(ROOT_CATEGORY);
            }
            categories.addAll(item.concepts().fides());
        }
        d.put("data_categories", new ArrayList<>(categories.isEmpty() ? Set.of(ROOT_CATEGORY) : categories));
        d.put("data_subjects", subjects(v, p, assumed));
        p.legalBasis().ifPresent(b -> d.put("legal_basis_for_processing", basis(b)));
        retention(p, used).ifPresent(r -> d.put("retention_period", r));
        List<SpecialCondition> special = used.stream().filter(PersonalData::special)
                .flatMap(x -> x.specialCondition().stream()).distinct().toList();
        d.put("processes_special_category_data", used.stream().anyMatch(PersonalData::special));
        if (!special.isEmpty()) {
            d.put("special_category_legal_basis", condition(special.get(0)));
        }
        return d;
    }

    private static Map<String, Object> recipientSystem(Recipient r, PolicyVersion v, Map<String, PersonalData> data,
                                                       String organization, List<String> assumed) {
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("fides_key", "recipient_" + key(r.id()));
        system.put("name", r.name().orElse(r.id()));
        r.purpose().ifPresent(p -> system.put("description", p.strip()));
        system.put("organization_fides_key", organization);
        system.put("system_type", r.category() ? "Recipients" : "Service");
        system.put("responsibility", r.role().map(role -> role == RecipientRole.PROCESSOR ? List.of("Processor")
                : List.of("Controller")).orElse(List.of()));
        r.role().filter(role -> role == RecipientRole.JOINT_CONTROLLER).ifPresent(role ->
                system.put("joint_controller_info", r.arrangement().orElse("").strip()));
        // A kind of recipient has no legal name; the loader gives no empty names.
        r.name().filter(n -> !r.category()).ifPresent(n -> system.put("legal_name", n));
        List<Map<String, Object>> declarations = new ArrayList<>();
        for (Purpose p : v.purposes()) {
            if (p.recipients().stream().anyMatch(ref -> ref.id().equals(r.id()))) {
                declarations.add(declaration(v, p, data, assumed));
            }
        }
        system.put("privacy_declarations", declarations);
        List<Transfer> transfers = v.transfers().stream()
                .filter(t -> t.recipient().map(Reference::id).filter(r.id()::equals).isPresent()).toList();
        system.put("does_international_transfers", !transfers.isEmpty());
        system.put("legal_basis_for_transfers", transfers.stream().flatMap(t -> t.safeguard().stream())
                .map(FidesExport::transferBasis).distinct().toList());
        return system;
    }

    // A LinkedHashMap, as every map of the file: Map.of would give its keys in another order in each run.
    private static Map<String, Object> egress(String system) {
        Map<String, Object> egress = new LinkedHashMap<>();
        egress.put("fides_key", system);
        egress.put("type", "system");
        return egress;
    }

    /** A data use for a purpose that names none, from what the policy does say of it. */
    private static String assumedUse(Purpose p) {
        if (p.directMarketing()) {
            return "marketing.communications";
        }
        return p.legalBasis().map(b -> switch (b) {
            case CONTRACT -> "essential.service";
            case LEGAL_OBLIGATION -> "essential.legal_obligation";
            default -> "essential";
        }).orElse("essential");
    }

    /** The purpose's own retention, else each category's, as the policy words it. */
    private static Optional<String> retention(Purpose p, List<PersonalData> used) {
        if (p.retention().filter(Retention::stated).isPresent()) {
            return p.retention().map(FidesExport::words);
        }
        List<String> each = used.stream().filter(d -> d.retention().filter(Retention::stated).isPresent())
                .map(d -> d.name().orElse(d.id()) + ": " + words(d.retention().get())).toList();
        return each.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", each));
    }

    private static String words(Retention r) {
        return r.period().map(p -> p + r.after().map(a -> " after " + a.strip()).orElse(""))
                .orElseGet(() -> r.criteria().orElse("").strip());
    }

    private static Map<String, Object> contact(Contact c) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", c.name().orElse(""));
        contact.put("address", c.address().orElse("").strip());
        contact.put("email", c.email().orElse(""));
        contact.put("phone", c.phone().orElse(""));
        return contact;
    }

    private static String basis(LegalBasis b) {
        return switch (b) {
            case CONSENT -> "Consent";
            case CONTRACT -> "Contract";
            case LEGAL_OBLIGATION -> "Legal obligations";
            case VITAL_INTERESTS -> "Vital interests";
            case PUBLIC_TASK -> "Public interest";
            case LEGITIMATE_INTERESTS -> "Legitimate interests";
        };
    }

    private static String condition(SpecialCondition c) {
        return switch (c) {
            case EXPLICIT_CONSENT -> "Explicit consent";
            case EMPLOYMENT_LAW -> "Employment, social security and social protection";
            case VITAL_INTERESTS -> "Vital interests";
            case NON_PROFIT -> "Not-for-profit bodies";
            case MADE_PUBLIC -> "Made public by the data subject";
            case LEGAL_CLAIMS -> "Legal claims or judicial acts";
            case PUBLIC_INTEREST -> "Reasons of substantial public interest (with a basis in law)";
            case HEALTH_CARE -> "Health or social care (with a basis in law)";
            case PUBLIC_HEALTH -> "Public health (with a basis in law)";
            case ARCHIVING_RESEARCH -> "Archiving, research and statistics (with a basis in law)";
        };
    }

    private static String transferBasis(Safeguard s) {
        return switch (s) {
            case ADEQUACY_DECISION, DATA_PRIVACY_FRAMEWORK, PRIVACY_SHIELD -> "Adequacy Decision";
            case STANDARD_CONTRACTUAL_CLAUSES, AUTHORISED_CONTRACTUAL_CLAUSES -> "SCCs";
            case BINDING_CORPORATE_RULES -> "BCRs";
            default -> "Other";
        };
    }

    /** A fides key (letters, digits, _ . - < >) from a name: "Postwise SAS" is postwise_sas. */
    static String key(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return key.isEmpty() ? "unnamed" : key;
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(options);
    }
}

package org.plainpolicy.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plainpolicy.model.AuthorityRef;
import org.plainpolicy.model.Controller;
import org.plainpolicy.model.CookieProvider;
import org.plainpolicy.model.Origin;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.Word;

/**
 * The structural values of a version file, by path ({@code purposes[send-email].legalBasis}): what
 * every translation of it must repeat exactly. Prose is left out; it is what a translation changes.
 */
final class Fingerprint {

    static final String EXISTS = "\u0000exists";

    record Entry(String value, Position at) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Fingerprint() {
    }

    static Map<String, Entry> of(PolicyVersion v) {
        Fingerprint f = new Fingerprint();
        f.put("announced", v.announced().map(Object::toString), v.origin(), "announced");
        f.put("material", Optional.of(String.valueOf(v.material())), v.origin(), "material");
        for (int i = 0; i < v.controllers().size(); i++) {
            Controller c = v.controllers().get(i);
            f.put("controller." + i + ".country", c.contact().country(), c.origin(), "country");
            f.put("controller." + i + ".establishment", c.establishment(), c.origin(), "establishment");
        }
        v.representative().ifPresent(r -> f.exists("representative", r.origin().at()));
        v.dpo().ifPresent(d -> f.put("dpo.appointed", d.appointed().map(String::valueOf), d.origin(), "appointed"));
        for (int i = 0; i < v.supervisoryAuthorities().size(); i++) {
            AuthorityRef a = v.supervisoryAuthorities().get(i);
            f.put("supervisoryAuthority." + i, Optional.of(a instanceof AuthorityRef.Registered r ? r.id()
                    : "an authority described in full"), a.origin(), "id");
        }
        for (var g : v.dataSubjects()) {
            String p = f.item("dataSubjects", g.id(), g.origin());
            f.put(p + ".fides", joined(g.fides()), g.origin(), "fides");
        }
        for (var d : v.personalData()) {
            String p = f.item("personalData", d.id(), d.origin());
            f.put(p + ".dataSubjects", ids(d.dataSubjects()), d.origin(), "dataSubjects");
            f.put(p + ".source", d.source().map(Word::word), d.origin(), "source");
            f.put(p + ".special", Optional.of(String.valueOf(d.special())), d.origin(), "special");
            f.put(p + ".specialCondition", d.specialCondition().map(Word::word), d.origin(), "specialCondition");
            f.put(p + ".required", d.required().map(Word::word), d.origin(), "required");
            f.put(p + ".pd", d.concepts().dpv(), d.origin(), "pd");
            f.put(p + ".fides", joined(d.concepts().fides()), d.origin(), "fides");
            d.retention().ifPresent(r -> f.put(p + ".retention.period", r.period().map(Object::toString),
                    r.origin(), "period"));
        }
        for (var pu : v.purposes()) {
            String p = f.item("purposes", pu.id(), pu.origin());
            f.put(p + ".legalBasis", pu.legalBasis().map(Word::word), pu.origin(), "legalBasis");
            f.put(p + ".data", ids(pu.data()), pu.origin(), "data");
            f.put(p + ".dataSubjects", ids(pu.dataSubjects()), pu.origin(), "dataSubjects");
            f.put(p + ".dpv", pu.concepts().dpv(), pu.origin(), "dpv");
            f.put(p + ".fides", joined(pu.concepts().fides()), pu.origin(), "fides");
            f.put(p + ".recipients", ids(pu.recipients()), pu.origin(), "recipients");
            f.put(p + ".directMarketing", Optional.of(String.valueOf(pu.directMarketing())), pu.origin(),
                    "directMarketing");
            pu.retention().ifPresent(r -> f.put(p + ".retention.period", r.period().map(Object::toString),
                    r.origin(), "period"));
        }
        for (var r : v.recipients()) {
            String p = f.item("recipients", r.id(), r.origin());
            f.put(p + ".role", r.role().map(Word::word), r.origin(), "role");
            f.put(p + ".countries", Optional.of(String.join(",", r.countries())).filter(c -> !c.isEmpty()), r.origin(),
                    r.origin().has("countries") ? "countries" : "country");
            f.put(p + ".category", Optional.of(String.valueOf(r.category())), r.origin(), "category");
            f.put(p + ".internationalOrganisation", r.internationalOrganisation(), r.origin(),
                    "internationalOrganisation");
        }
        for (var t : v.transfers()) {
            String p = f.item("transfers", t.recipient().map(Reference::id).orElse("") + " " + t.country().orElse(""),
                    t.origin());
            f.put(p + ".safeguard", t.safeguard().map(Word::word), t.origin(), "safeguard");
            f.put(p + ".derogation", t.derogation().map(Word::word), t.origin(), "derogation");
            f.put(p + ".authorityInformed", Optional.of(String.valueOf(t.authorityInformed())), t.origin(),
                    "authorityInformed");
        }
        for (var a : v.automatedDecisions()) {
            String p = f.item("automatedDecisions", a.id(), a.origin());
            f.put(p + ".ground", a.ground().map(Word::word), a.origin(), "ground");
            f.put(p + ".data", ids(a.data()), a.origin(), "data");
        }
        for (var p : v.profiling()) {
            f.item("profiling", p.id(), p.origin());
        }
        // A cookie's name is what the browser shows: the same in every language, as who sets it (not how its name
        // is written), its lifetime and consent are.
        for (var c : v.cookies()) {
            String p = f.item("cookies", c.key(), c.origin());
            f.put(p + ".provider", CookieProvider.of(v, c).map(CookieProvider::identity), c.origin(), "provider");
            f.put(p + ".duration", c.duration().map(Object::toString), c.origin(), "duration");
            f.put(p + ".consent", Optional.of(String.valueOf(c.consent())), c.origin(), "consent");
            f.put(p + ".country", c.country(), c.origin(), "country");
        }
        for (var s : v.sections()) {
            String p = f.item("sections", s.id(), s.origin());
            f.put(p + ".after", s.after(), s.origin(), "after");
        }
        v.rights().ifPresent(r -> f.put("rights.responseTime", Optional.of(r.responseTime().toString()), r.origin(),
                "responseTime"));
        f.put("children.minimumAge", v.childrenMinimumAge().map(String::valueOf), v.origin(), "children");
        return f.entries;
    }

    /** Whether {@code path} lies inside a list item ({@code purposes[x].legalBasis}) that {@code entries} lacks. */
    static boolean parentMissing(String path, Map<String, Entry> entries) {
        int end = path.indexOf("].");
        return end > 0 && !entries.containsKey(path.substring(0, end + 1));
    }

    private String item(String list, String id, Origin origin) {
        String path = list + "[" + id + "]";
        exists(path, origin.at());
        return path;
    }

    private void exists(String path, Position at) {
        entries.put(path, new Entry(EXISTS, at));
    }

    private void put(String path, Optional<String> value, Origin origin, String key) {
        value.ifPresent(v -> entries.put(path, new Entry(v, origin.of(key))));
    }

    private static Optional<String> joined(List<String> words) {
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", words));
    }

    private static Optional<String> ids(List<Reference> references) {
        return references.isEmpty() ? Optional.empty()
                : Optional.of(references.stream().map(Reference::id).sorted().collect(Collectors.joining(", ")));
    }
}

package org.plainpolicy.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plainpolicy.diff.Change.Country;
import org.plainpolicy.diff.Change.Names;
import org.plainpolicy.diff.Change.Rule;
import org.plainpolicy.diff.Change.Term;
import org.plainpolicy.diff.Change.Text;
import org.plainpolicy.model.AuthorityRef;
import org.plainpolicy.model.AutomatedDecision;
import org.plainpolicy.model.Contact;
import org.plainpolicy.model.DerivedRights;
import org.plainpolicy.model.Dpo;
import org.plainpolicy.model.PersonalData;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Purpose;
import org.plainpolicy.model.Recipient;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.RightId;
import org.plainpolicy.model.Safeguard;
import org.plainpolicy.model.Transfer;
import org.plainpolicy.registry.Registry;

/**
 * Stage four of the pipeline: what a version changed against another, computed from the two
 * models. Items are matched by id, so a renamed purpose reads as renamed, not as one removed and
 * one added. Stateless and safe to share.
 */
public final class Differ {

    private final Registry registry;

    public Differ(Registry registry) {
        this.registry = registry;
    }

    /** What {@code to} changed against {@code from}, with {@code to}'s own notes (none when they are the same version). */
    public ChangeList compare(PolicyVersion from, PolicyVersion to) {
        return compare(from, to, from.id().equals(to.id()) ? List.of() : to.changes());
    }

    /** As {@link #compare(PolicyVersion, PolicyVersion)}, with the editor's notes of every version in between. */
    public ChangeList compare(PolicyVersion from, PolicyVersion to, List<String> editorNotes) {
        List<Change> changes = new ArrayList<>();
        parties(from, to, changes);
        purposes(from, to, changes);
        personalData(from, to, changes);
        recipients(from, to, changes);
        transfers(from, to, changes);
        decisions(from, to, changes);
        rights(from, to, changes);
        children(from, to, changes);
        texts(from, to, changes);
        return new ChangeList(from, to, editorNotes, changes);
    }

    /** Wording that changed where no structural value did: security, the glossary, free sections. */
    private static void texts(PolicyVersion from, PolicyVersion to, List<Change> out) {
        if (!sameWords(from.security(), to.security()) && to.security().isPresent()) {
            out.add(Change.of("change.security", "security"));
        }
        List<String> termsBefore = from.glossary().stream().map(g -> g.term()).toList();
        List<String> newTerms = to.glossary().stream().map(g -> g.term()).filter(t -> !termsBefore.contains(t)).toList();
        if (!newTerms.isEmpty()) {
            out.add(Change.of("change.glossary.added", "glossary", new Names(newTerms)));
        }
        Map<String, String> sectionsBefore = from.sections().stream()
                .collect(Collectors.toMap(x -> x.id(), x -> x.title(), (a, b) -> a));
        for (var section : to.sections()) {
            if (!sectionsBefore.containsKey(section.id())) {
                out.add(Change.of("change.section.added", section.id(), new Text(section.title())));
            }
        }
        List<String> sectionsAfter = to.sections().stream().map(x -> x.id()).toList();
        from.sections().stream().filter(x -> !sectionsAfter.contains(x.id())).forEach(x ->
                out.add(Change.of("change.section.removed", "changes", new Text(x.title()))));
    }

    private void parties(PolicyVersion from, PolicyVersion to, List<Change> out) {
        String before = from.controller().flatMap(Contact::name).orElse("");
        String after = to.controller().flatMap(Contact::name).orElse("");
        if (!sameWords(before, after) && !after.isEmpty()) {
            out.add(Change.of("change.controller.name", "controller", new Text(before), new Text(after)));
        } else if (!from.controller().equals(to.controller())) {
            out.add(Change.of("change.controller.contact", "controller"));
        }
        if (from.representative().isEmpty() && to.representative().isPresent()) {
            out.add(Change.of("change.representative.added", "controller", new Text(to.representative().get().name().orElse(""))));
        } else if (from.representative().isPresent() && to.representative().isEmpty()) {
            out.add(Change.of("change.representative.removed", "controller"));
        } else if (!from.representative().equals(to.representative())) {
            out.add(Change.of("change.representative.changed", "controller",
                    new Text(to.representative().flatMap(Contact::name).orElse(""))));
        }
        dpo(from, to, out);
        String authorityBefore = authority(from);
        String authorityAfter = authority(to);
        if (!authorityBefore.equals(authorityAfter)) {
            out.add(authorityBefore.isEmpty() ? Change.of("change.authority.added", "complaint", new Text(authorityAfter))
                    : Change.of("change.authority.changed", "complaint", new Text(authorityBefore), new Text(authorityAfter)));
        }
        String contactBefore = from.rights().flatMap(r -> r.contact()).orElse("");
        String contactAfter = to.rights().flatMap(r -> r.contact()).orElse("");
        if (!contactBefore.equals(contactAfter) && !contactAfter.isEmpty()) {
            out.add(Change.of("change.rights.contact", "rights", new Text(contactAfter)));
        }
    }

    private static void dpo(PolicyVersion from, PolicyVersion to, List<Change> out) {
        boolean before = from.dpo().map(Dpo::isAppointed).orElse(false);
        boolean after = to.dpo().map(Dpo::isAppointed).orElse(false);
        String who = to.dpo().map(d -> d.contact().name().or(() -> d.contact().email()).orElse("")).orElse("");
        if (!before && after) {
            out.add(Change.of("change.dpo.appointed", "dpo", new Text(who)));
        } else if (before && !after) {
            out.add(Change.of("change.dpo.removed", "dpo"));
        } else if (after && !from.dpo().map(Dpo::contact).equals(to.dpo().map(Dpo::contact))) {
            out.add(Change.of("change.dpo.changed", "dpo", new Text(who)));
        }
    }

    private String authority(PolicyVersion v) {
        return v.supervisoryAuthority().map(a -> a instanceof AuthorityRef.Registered r
                ? registry.authority(r.id()).map(sa -> sa.name()).orElse(r.id())
                : ((AuthorityRef.Described) a).contact().name().orElse("")).orElse("");
    }

    private static void purposes(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<String, Purpose> before = byId(from.purposes(), Purpose::id);
        Map<String, Purpose> after = byId(to.purposes(), Purpose::id);
        Map<String, String> dataNames = names(to.personalData(), PersonalData::id, PersonalData::name, from.personalData());
        Map<String, String> recipientNames = names(to.recipients(), Recipient::id, Recipient::name, from.recipients());
        for (Purpose p : after.values()) {
            String anchor = "purpose-" + p.id();
            Purpose old = before.get(p.id());
            if (old == null) {
                out.add(Change.of("change.purpose.added", anchor, new Text(name(p.name(), p.id()))));
                continue;
            }
            String name = name(p.name(), p.id());
            renamed(old.name(), p.name(), "change.purpose.renamed", anchor, out);
            if (!old.legalBasis().equals(p.legalBasis()) && p.legalBasis().isPresent()) {
                Term basis = new Term("basis.short." + p.legalBasis().get().word());
                out.add(old.legalBasis().isEmpty() ? Change.of("change.purpose.basis.stated", anchor, new Text(name), basis)
                        : Change.of("change.purpose.basis", anchor, new Text(name),
                        new Term("basis.short." + old.legalBasis().get().word()), basis));
            }
            if (!sameWords(old.description(), p.description()) && p.description().isPresent()) {
                out.add(Change.of("change.purpose.described", anchor, new Text(name(p.name(), p.id()))));
            }
            listChange(ids(old.data()), ids(p.data()), dataNames, "change.purpose.data", anchor, name, out);
            listChange(ids(old.recipients()), ids(p.recipients()), recipientNames, "change.purpose.recipients",
                    anchor, name, out);
        }
        for (Purpose p : before.values()) {
            if (!after.containsKey(p.id())) {
                out.add(Change.of("change.purpose.removed", "purposes", new Text(name(p.name(), p.id()))));
            }
        }
    }

    private static void personalData(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<String, PersonalData> before = byId(from.personalData(), PersonalData::id);
        for (PersonalData d : to.personalData()) {
            String anchor = "data-" + d.id();
            PersonalData old = before.get(d.id());
            if (old == null) {
                out.add(Change.of("change.data.added", anchor, new Text(name(d.name(), d.id()))));
                continue;
            }
            renamed(old.name(), d.name(), "change.data.renamed", anchor, out);
            Optional<Retention> was = old.retention().filter(Retention::stated);
            Optional<Retention> now = d.retention().filter(Retention::stated);
            if (now.isPresent() && !sameRetention(was, now)) {
                String name = name(d.name(), d.id());
                // "instead of" reads well between two periods; a period replacing criteria is simply stated.
                boolean periods = was.flatMap(Retention::period).isPresent() && now.get().period().isPresent();
                if (periods) {
                    // The event a period runs from is said once when it did not change: "2 years …, instead of 3 years".
                    Retention previous = was.get().after().equals(now.get().after()) ? new Retention(was.get().period(),
                            Optional.empty(), was.get().criteria(), was.get().origin()) : was.get();
                    out.add(Change.of("change.retention.changed", "retention", new Text(name), new Rule(previous), new Rule(now.get())));
                } else {
                    out.add(Change.of("change.retention.stated", "retention", new Text(name), new Rule(now.get())));
                }
            }
        }
        Map<String, PersonalData> after = byId(to.personalData(), PersonalData::id);
        for (PersonalData d : from.personalData()) {
            if (!after.containsKey(d.id())) {
                out.add(Change.of("change.data.removed", "personal-data", new Text(name(d.name(), d.id()))));
            }
        }
    }

    private static void recipients(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<String, Recipient> before = byId(from.recipients(), Recipient::id);
        for (Recipient r : to.recipients()) {
            String anchor = "recipient-" + r.id();
            Recipient old = before.get(r.id());
            String name = name(r.name(), r.id());
            if (old == null) {
                out.add(r.country().isEmpty() && r.internationalOrganisation().isPresent()
                        ? Change.of("change.recipient.added.organisation", anchor, new Text(name))
                        : Change.of("change.recipient.added", anchor, new Text(name), new Country(r.country().orElse(""))));
                continue;
            }
            renamed(old.name(), r.name(), "change.recipient.renamed", anchor, out);
            if (!old.country().equals(r.country()) && r.country().isPresent()) {
                out.add(Change.of("change.recipient.country", anchor, new Text(name), new Country(old.country().orElse("")),
                        new Country(r.country().get())));
            }
            if (!old.role().equals(r.role()) && r.role().isPresent()) {
                out.add(Change.of("change.recipient.role", anchor, new Text(name), new Term("role.short." + r.role().get().word())));
            }
        }
        Map<String, Recipient> after = byId(to.recipients(), Recipient::id);
        for (Recipient r : from.recipients()) {
            if (!after.containsKey(r.id())) {
                out.add(Change.of("change.recipient.removed", "recipients", new Text(name(r.name(), r.id()))));
            }
        }
    }

    /**
     * Transfers by where the data goes: a recipient in a country (or an international organisation),
     * with every ground it rests on there. One ground replaced by one other is a swap; otherwise each
     * ground added or dropped is said alone, so that a recipient under two grounds that keeps one is
     * never said to have swapped them.
     */
    private static void transfers(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<TransferKey, List<Safeguard>> before = grounds(from);
        Map<TransferKey, List<Safeguard>> after = grounds(to);
        after.forEach((key, now) -> {
            String name = recipientName(to, key.recipient());
            List<Safeguard> was = before.get(key);
            if (was == null) {
                now.forEach(s -> out.add(said(key, "change.transfer.added", name, term(s))));
            } else if (was.size() == 1 && now.size() == 1 && !was.equals(now)) {
                out.add(said(key, "change.transfer.safeguard", name, term(was.get(0)), term(now.get(0))));
            } else {
                now.stream().filter(s -> !was.contains(s))
                        .forEach(s -> out.add(said(key, "change.transfer.safeguard.added", name, term(s))));
                was.stream().filter(s -> !now.contains(s))
                        .forEach(s -> out.add(said(key, "change.transfer.safeguard.removed", name, term(s))));
            }
        });
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                out.add(said(key, "change.transfer.removed", recipientName(from, key.recipient())));
            }
        });
    }

    /** Each place data goes, in the order the version names it, with its grounds in that order. */
    private static Map<TransferKey, List<Safeguard>> grounds(PolicyVersion v) {
        Map<TransferKey, List<Safeguard>> grounds = new LinkedHashMap<>();
        for (Transfer t : v.transfers()) {
            List<Safeguard> list = grounds.computeIfAbsent(TransferKey.of(t), k -> new ArrayList<>());
            t.safeguard().filter(s -> !list.contains(s)).ifPresent(list::add);
        }
        return grounds;
    }

    /** A transfer's change, in the sentence for a country or for an international organisation. */
    private static Change said(TransferKey key, String message, String name, Change.Argument... grounds) {
        List<Change.Argument> arguments = new ArrayList<>();
        arguments.add(new Text(name));
        key.country().ifPresent(c -> arguments.add(new Country(c)));
        arguments.addAll(List.of(grounds));
        return new Change(key.country().isPresent() ? message : message + ".organisation", arguments, "transfers");
    }

    private static Change.Argument term(Safeguard safeguard) {
        return new Term("safeguard.short." + safeguard.word());
    }

    /**
     * Whether two texts say the same words: an edit of capitals or of spaces alone is no change that
     * people need to be told of.
     */
    static boolean sameWords(Optional<String> a, Optional<String> b) {
        return a.map(Differ::words).equals(b.map(Differ::words));
    }

    private static boolean sameWords(String a, String b) {
        return words(a).equals(words(b));
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The same period, from the same event, or the same criteria, in the same words. */
    private static boolean sameRetention(Optional<Retention> a, Optional<Retention> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().period().equals(b.get().period())
                && sameWords(a.get().after(), b.get().after()) && sameWords(a.get().criteria(), b.get().criteria()));
    }

    /** What makes a transfer the same one in two versions: who receives the data, and where. */
    private record TransferKey(String recipient, Optional<String> country) {

        static TransferKey of(Transfer t) {
            return new TransferKey(t.recipient().map(Reference::id).orElse(""), t.country());
        }
    }

    private static String recipientName(PolicyVersion v, String id) {
        return v.recipients().stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> name(r.name(), r.id())).orElse(id);
    }

    private static void decisions(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<String, AutomatedDecision> before = byId(from.automatedDecisions(), AutomatedDecision::id);
        Map<String, AutomatedDecision> after = byId(to.automatedDecisions(), AutomatedDecision::id);
        for (AutomatedDecision d : to.automatedDecisions()) {
            if (!before.containsKey(d.id())) {
                out.add(Change.of("change.decision.added", "decision-" + d.id(), new Text(name(d.name(), d.id()))));
            }
        }
        for (AutomatedDecision d : from.automatedDecisions()) {
            if (!after.containsKey(d.id())) {
                out.add(Change.of("change.decision.removed", "automated-decisions", new Text(name(d.name(), d.id()))));
            }
        }
    }

    private static void rights(PolicyVersion from, PolicyVersion to, List<Change> out) {
        List<RightId> before = new ArrayList<>(DerivedRights.of(from));
        List<RightId> after = new ArrayList<>(DerivedRights.of(to));
        before.addAll(DerivedRights.setApart(from));
        after.addAll(DerivedRights.setApart(to));
        after.stream().filter(r -> !before.contains(r)).forEach(r -> out.add(Change.of("change.right.added",
                "right-" + r.word(), new Term("right." + r.word() + ".title"))));
        before.stream().filter(r -> !after.contains(r)).forEach(r -> out.add(Change.of("change.right.removed",
                "rights", new Term("right." + r.word() + ".title"))));
        for (RightId right : RightId.values()) {
            String was = from.rights().map(r -> r.overrides().get(right)).orElse(null);
            String now = to.rights().map(r -> r.overrides().get(right)).orElse(null);
            if (now != null && after.contains(right) && !sameWords(Optional.ofNullable(was), Optional.of(now))) {
                out.add(Change.of("change.right.explained", "right-" + right.word(),
                        new Term("right." + right.word() + ".title")));
            }
        }
    }

    private static void children(PolicyVersion from, PolicyVersion to, List<Change> out) {
        if (!from.childrenMinimumAge().equals(to.childrenMinimumAge()) && to.childrenMinimumAge().isPresent()) {
            out.add(Change.of("change.children", "children", new Text(String.valueOf(to.childrenMinimumAge().get()))));
        }
    }

    private static void renamed(Optional<String> before, Optional<String> after, String message, String anchor,
                                List<Change> out) {
        if (before.isPresent() && after.isPresent() && !sameWords(before, after)) {
            out.add(Change.of(message, anchor, new Text(before.get()), new Text(after.get())));
        }
    }

    private static void listChange(List<String> before, List<String> after, Map<String, String> names,
                                   String message, String anchor, String owner, List<Change> out) {
        List<String> added = after.stream().filter(id -> !before.contains(id)).map(id -> names.getOrDefault(id, id)).toList();
        List<String> removed = before.stream().filter(id -> !after.contains(id)).map(id -> names.getOrDefault(id, id)).toList();
        if (!added.isEmpty()) {
            out.add(Change.of(message + ".added", anchor, new Text(owner), new Names(added)));
        }
        if (!removed.isEmpty()) {
            out.add(Change.of(message + ".removed", anchor, new Text(owner), new Names(removed)));
        }
    }

    private static List<String> ids(List<Reference> references) {
        return references.stream().map(Reference::id).toList();
    }

    private static String name(Optional<String> name, String id) {
        return name.orElse(id);
    }

    /** Names of items by id, taking the newer name when an item is in both versions. */
    private static <T> Map<String, String> names(List<T> newer, Function<T, String> id, Function<T, Optional<String>> name,
                                                 List<T> older) {
        Map<String, String> names = new LinkedHashMap<>();
        older.forEach(item -> names.put(id.apply(item), name(name.apply(item), id.apply(item))));
        newer.forEach(item -> names.put(id.apply(item), name(name.apply(item), id.apply(item))));
        return names;
    }

    private static <K, T> Map<K, T> byId(List<T> items, Function<T, K> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}

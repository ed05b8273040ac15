package org.plainpolicy.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plainpolicy.diff.Change.Argument;
import org.plainpolicy.diff.Change.Countries;
import org.plainpolicy.diff.Change.Country;
import org.plainpolicy.diff.Change.Joined;
import org.plainpolicy.diff.Change.Names;
import org.plainpolicy.diff.Change.Period;
import org.plainpolicy.diff.Change.Phrase;
import org.plainpolicy.diff.Change.Rule;
import org.plainpolicy.diff.Change.Term;
import org.plainpolicy.diff.Change.Text;
import org.plainpolicy.model.AuthorityRef;
import org.plainpolicy.model.AutomatedDecision;
import org.plainpolicy.model.Contact;
import org.plainpolicy.model.Controller;
import org.plainpolicy.model.DataSubject;
import org.plainpolicy.model.DecisionGround;
import org.plainpolicy.model.DerivedRights;
import org.plainpolicy.model.Dpo;
import org.plainpolicy.model.FreeSection;
import org.plainpolicy.model.GlossaryEntry;
import org.plainpolicy.model.PersonalData;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Cookie;
import org.plainpolicy.model.CookieDuration;
import org.plainpolicy.model.CookieProvider;
import org.plainpolicy.model.Profiling;
import org.plainpolicy.model.Purpose;
import org.plainpolicy.model.Recipient;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.RetentionPeriod;
import org.plainpolicy.model.SectionIds;
import org.plainpolicy.model.RightId;
import org.plainpolicy.model.Rights;
import org.plainpolicy.model.Safeguard;
import org.plainpolicy.model.Transfer;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.validate.plain.PlainText;

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
        groups(from, to, changes);
        purposes(from, to, changes);
        personalData(from, to, changes);
        recipients(from, to, changes);
        transfers(from, to, changes);
        decisions(from, to, changes);
        profiling(from, to, changes);
        cookies(from, to, changes);
        rights(from, to, changes);
        children(from, to, changes);
        texts(from, to, changes);
        return new ChangeList(from, to, editorNotes, changes);
    }

    /** Wording that changed where no structural value did: the title, the introduction, security, the glossary, free sections. */
    private static void texts(PolicyVersion from, PolicyVersion to, List<Change> out) {
        if (!sameWords(from.title(), to.title()) && to.title().isPresent()) {
            out.add(Change.of(ChangeKind.TITLE, "main", new Text(to.title().get())));
        }
        if (!sameWords(from.intro(), to.intro()) && to.intro().isPresent()) {
            out.add(Change.of(ChangeKind.INTRO, "main"));
        }
        if (!sameWords(from.security(), to.security()) && to.security().isPresent()) {
            out.add(Change.of(ChangeKind.SECURITY, "security"));
        }
        glossary(from, to, out);
        Map<String, FreeSection> sectionsBefore = byId(from.sections(), FreeSection::id);
        for (FreeSection section : to.sections()) {
            FreeSection old = sectionsBefore.get(section.id());
            if (old == null) {
                out.add(Change.of(ChangeKind.SECTION_ADDED, section.id(), new Text(section.title())));
                continue;
            }
            if (!sameWords(old.title(), section.title())) {
                out.add(Change.of(ChangeKind.SECTION_RENAMED, section.id(), new Text(old.title()), new Text(section.title())));
            }
            if (!sameWords(old.body(), section.body())) {
                out.add(Change.of(ChangeKind.SECTION_CHANGED, section.id(), new Text(section.title())));
            }
        }
        Map<String, FreeSection> sectionsAfter = byId(to.sections(), FreeSection::id);
        from.sections().stream().filter(x -> !sectionsAfter.containsKey(x.id())).forEach(x ->
                out.add(Change.of(ChangeKind.SECTION_REMOVED, "changes", new Text(x.title()))));
    }

    /** Terms matched by their words, so that a term written with other capitals is the same term. */
    private static void glossary(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<String, GlossaryEntry> before = byId(from.glossary(), g -> words(g.term()));
        Map<String, GlossaryEntry> after = byId(to.glossary(), g -> words(g.term()));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        after.forEach((key, entry) -> {
            GlossaryEntry old = before.get(key);
            if (old == null) {
                added.add(entry.term());
            } else if (!sameWords(old.definition(), entry.definition())) {
                changed.add(entry.term());
            }
        });
        List<String> removed = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey()))
                .map(e -> e.getValue().term()).toList();
        if (!added.isEmpty()) {
            out.add(Change.of(ChangeKind.GLOSSARY_ADDED, "glossary", new Names(added)));
        }
        if (!changed.isEmpty()) {
            out.add(Change.of(ChangeKind.GLOSSARY_CHANGED, "glossary", new Names(changed)));
        }
        if (!removed.isEmpty()) {
            out.add(Change.of(ChangeKind.GLOSSARY_REMOVED, "glossary", new Names(removed)));
        }
    }

    private void parties(PolicyVersion from, PolicyVersion to, List<Change> out) {
        controllers(from, to, out);
        if (from.representative().isEmpty() && to.representative().isPresent()) {
            out.add(Change.of(ChangeKind.REPRESENTATIVE_ADDED, "controller",
                    new Text(to.representative().get().name().orElse(""))));
        } else if (from.representative().isPresent() && to.representative().isEmpty()) {
            out.add(Change.of(ChangeKind.REPRESENTATIVE_REMOVED, "controller"));
        } else if (!sameContact(from.representative(), to.representative())) {
            out.add(Change.of(ChangeKind.REPRESENTATIVE_CHANGED, "controller",
                    new Text(to.representative().flatMap(Contact::name).orElse(""))));
        }
        dpo(from, to, out);
        authorities(from, to, out);
        Optional<String> contactBefore = from.rights().flatMap(Rights::contact);
        Optional<String> contactAfter = to.rights().flatMap(Rights::contact);
        if (!sameWords(contactBefore, contactAfter) && contactAfter.isPresent()) {
            out.add(Change.of(ChangeKind.RIGHTS_CONTACT, "rights", new Text(contactAfter.get())));
        }
        RetentionPeriod answerBefore = from.rights().map(Rights::responseTime).orElse(Rights.DEFAULT_RESPONSE_TIME);
        RetentionPeriod answerAfter = to.rights().map(Rights::responseTime).orElse(Rights.DEFAULT_RESPONSE_TIME);
        if (!answerBefore.equals(answerAfter)) {
            out.add(Change.of(answerAfter.approximateDays() > answerBefore.approximateDays()
                    ? ChangeKind.RESPONSE_TIME_LONGER : ChangeKind.RESPONSE_TIME_SHORTER, "rights",
                    new Period(answerBefore), new Period(answerAfter)));
        }
    }

    /**
     * The controllers, by name: one replaced by one other is a new name (the company renamed or
     * another one responsible); otherwise each added or dropped is said. A controller in both is
     * compared for its contact details and for whose data it is responsible.
     */
    private static void controllers(PolicyVersion from, PolicyVersion to, List<Change> out) {
        List<Controller> before = from.controllers();
        List<Controller> after = to.controllers();
        if (before.size() == 1 && after.size() == 1) {
            String was = before.get(0).contact().name().orElse("");
            String now = after.get(0).contact().name().orElse("");
            if (!sameWords(was, now) && !now.isEmpty()) {
                out.add(Change.of(ChangeKind.CONTROLLER_NAME, "controller", new Text(was), new Text(now)));
            } else {
                sameController(before.get(0), after.get(0), out);
            }
            return;
        }
        for (Controller c : after) {
            String name = c.contact().name().orElse("");
            Optional<Controller> old = before.stream().filter(b -> sameWords(b.contact().name(), c.contact().name()))
                    .findFirst();
            if (old.isEmpty()) {
                out.add(Change.of(ChangeKind.CONTROLLER_ADDED, "controller", new Text(name)));
            } else {
                sameController(old.get(), c, out);
            }
        }
        before.stream().filter(b -> after.stream().noneMatch(a -> sameWords(a.contact().name(), b.contact().name())))
                .forEach(b -> out.add(Change.of(ChangeKind.CONTROLLER_REMOVED, "controller",
                        new Text(b.contact().name().orElse("")))));
    }

    private static void sameController(Controller was, Controller now, List<Change> out) {
        if (!sameContact(Optional.of(was.contact()), Optional.of(now.contact()))) {
            out.add(Change.of(ChangeKind.CONTROLLER_CONTACT, "controller"));
        }
        if (!sameWords(was.forWhom(), now.forWhom()) && now.forWhom().isPresent()) {
            out.add(Change.of(ChangeKind.CONTROLLER_FOR, "controller", new Text(now.contact().name().orElse(""))));
        }
    }

    private static void dpo(PolicyVersion from, PolicyVersion to, List<Change> out) {
        boolean before = from.dpo().map(Dpo::isAppointed).orElse(false);
        boolean after = to.dpo().map(Dpo::isAppointed).orElse(false);
        String who = to.dpo().map(d -> d.contact().name().or(() -> d.contact().email()).orElse("")).orElse("");
        if (!before && after) {
            out.add(Change.of(ChangeKind.DPO_APPOINTED, "dpo", new Text(who)));
        } else if (before && !after) {
            out.add(Change.of(ChangeKind.DPO_REMOVED, "dpo"));
        } else if (after && !sameContact(from.dpo().map(Dpo::contact), to.dpo().map(Dpo::contact))) {
            out.add(Change.of(ChangeKind.DPO_CHANGED, "dpo", new Text(who)));
        }
    }

    /** The same contact details, in the same words. */
    private static boolean sameContact(Optional<Contact> a, Optional<Contact> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() == b.isEmpty();
        }
        Contact x = a.get();
        Contact y = b.get();
        return sameWords(x.name(), y.name()) && sameWords(x.address(), y.address()) && x.country().equals(y.country())
                && sameWords(x.email(), y.email()) && sameWords(x.phone(), y.phone())
                && sameWords(x.website(), y.website());
    }

    /**
     * The authorities people can complain to, by name: one replaced by one other is a change of
     * authority, otherwise each named or no longer named is said. A version from before the GDPR
     * applied may name none.
     */
    private void authorities(PolicyVersion from, PolicyVersion to, List<Change> out) {
        List<String> before = authorities(from);
        List<String> after = authorities(to);
        List<String> added = after.stream().filter(a -> before.stream().noneMatch(b -> sameWords(a, b))).toList();
        List<String> removed = before.stream().filter(b -> after.stream().noneMatch(a -> sameWords(a, b))).toList();
        if (before.isEmpty()) {
            after.forEach(a -> out.add(Change.of(ChangeKind.AUTHORITY_NAMED, "complaint", new Text(a))));
            return;
        }
        if (added.size() == 1 && removed.size() == 1 && before.size() == 1 && after.size() == 1) {
            out.add(Change.of(ChangeKind.AUTHORITY_CHANGED, "complaint", new Text(removed.get(0)), new Text(added.get(0))));
            return;
        }
        added.forEach(a -> out.add(Change.of(ChangeKind.AUTHORITY_ADDED, "complaint", new Text(a))));
        removed.forEach(a -> out.add(Change.of(ChangeKind.AUTHORITY_REMOVED, "complaint", new Text(a))));
    }

    private List<String> authorities(PolicyVersion v) {
        return v.supervisoryAuthorities().stream().map(a -> a instanceof AuthorityRef.Registered r
                ? registry.authority(r.id()).map(sa -> sa.name()).orElse(r.id())
                : ((AuthorityRef.Described) a).contact().name().orElse("")).filter(name -> !name.isEmpty()).toList();
    }

    /**
     * The groups of people: named for the first time, added, removed, renamed or described anew. A
     * version that names its groups for the first time says so once: before it, each purpose
     * concerned every group, so what each one now names is no new use.
     */
    private static void groups(PolicyVersion from, PolicyVersion to, List<Change> out) {
        if (to.dataSubjects().isEmpty() && from.dataSubjects().isEmpty()) {
            return;
        }
        if (from.dataSubjects().isEmpty()) {
            out.add(Change.of(ChangeKind.GROUPS_NAMED, SectionIds.WHOSE_DATA, new Names(to.dataSubjects().stream()
                    .map(DataSubject::displayName).toList())));
            return;
        }
        Map<String, DataSubject> before = byId(from.dataSubjects(), DataSubject::id);
        Map<String, DataSubject> after = byId(to.dataSubjects(), DataSubject::id);
        for (DataSubject g : after.values()) {
            String anchor = SectionIds.groupAnchor(g.id());
            DataSubject old = before.get(g.id());
            if (old == null) {
                out.add(Change.of(ChangeKind.GROUP_ADDED, anchor, new Text(g.displayName())));
                continue;
            }
            renamed(old.name(), g.name(), ChangeKind.GROUP_RENAMED, anchor, out);
            wording(old.description(), g.description(), ChangeKind.GROUP_DESCRIBED, anchor, g.displayName(), out);
        }
        before.values().stream().filter(g -> !after.containsKey(g.id())).forEach(g -> out.add(Change.of(
                ChangeKind.GROUP_REMOVED, to.dataSubjects().isEmpty() ? "purposes" : SectionIds.WHOSE_DATA,
                new Text(g.displayName()))));
    }

    /**
     * The groups whose data an item concerns, when both versions name groups. Only groups both versions
     * have count: a group added or dropped is said once, by itself, and not again for each purpose that
     * covers every group.
     */
    private static void groupChange(PolicyVersion from, PolicyVersion to, List<DataSubject> before,
                                    List<DataSubject> after, ChangeKind added, ChangeKind removed, String anchor,
                                    String owner, List<Change> out) {
        if (from.dataSubjects().isEmpty() || to.dataSubjects().isEmpty()) {
            return;
        }
        List<String> both = to.dataSubjects().stream().map(DataSubject::id)
                .filter(id -> from.dataSubjects().stream().anyMatch(g -> g.id().equals(id))).toList();
        Map<String, String> groupNames = new LinkedHashMap<>();
        to.dataSubjects().forEach(g -> groupNames.put(g.id(), g.displayName()));
        listChange(before.stream().map(DataSubject::id).filter(both::contains).toList(),
                after.stream().map(DataSubject::id).filter(both::contains).toList(), groupNames, added, removed,
                anchor, owner, out);
    }

    private static void purposes(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<String, Purpose> before = byId(from.purposes(), Purpose::id);
        Map<String, Purpose> after = byId(to.purposes(), Purpose::id);
        Map<String, String> dataNames = names(to.personalData(), PersonalData::id, PersonalData::name, from.personalData());
        Map<String, String> recipientNames = names(to.recipients(), Recipient::id, Recipient::name, from.recipients());
        for (Purpose p : after.values()) {
            String anchor = "purpose-" + p.id();
            Purpose old = before.get(p.id());
            String name = name(p.name(), p.id());
            if (old == null) {
                out.add(Change.of(ChangeKind.PURPOSE_ADDED, anchor, new Text(name)));
                continue;
            }
            renamed(old.name(), p.name(), ChangeKind.PURPOSE_RENAMED, anchor, out);
            boolean basisChanged = !old.legalBasis().equals(p.legalBasis());
            if (basisChanged && p.legalBasis().isPresent()) {
                Term basis = new Term("basis.short." + p.legalBasis().get().word());
                out.add(old.legalBasis().isEmpty() ? Change.of(ChangeKind.PURPOSE_BASIS_STATED, anchor, new Text(name), basis)
                        : Change.of(ChangeKind.PURPOSE_BASIS, anchor, new Text(name),
                        new Term("basis.short." + old.legalBasis().get().word()), basis));
            }
            if (!old.directMarketing() && p.directMarketing()) {
                out.add(Change.of(ChangeKind.PURPOSE_DIRECT_MARKETING_ADDED, anchor, new Text(name)));
            } else if (old.directMarketing() && !p.directMarketing()) {
                out.add(Change.of(ChangeKind.PURPOSE_DIRECT_MARKETING_REMOVED, anchor, new Text(name)));
            }
            wording(old.description(), p.description(), ChangeKind.PURPOSE_DESCRIBED, anchor, name, out);
            // Interests and a law go with their basis: when the basis changed, its sentence says so.
            if (!basisChanged) {
                wording(old.legitimateInterests(), p.legitimateInterests(), ChangeKind.PURPOSE_INTERESTS, anchor, name, out);
                if (!sameWords(old.law(), p.law())) {
                    out.add(p.law().isPresent()
                            ? Change.of(ChangeKind.PURPOSE_LAW, anchor, new Text(name), new Text(flat(p.law().get())))
                            : Change.of(ChangeKind.PURPOSE_LAW_REMOVED, anchor, new Text(name)));
                }
            }
            purposeRetention(old.retention().filter(Retention::stated), p.retention().filter(Retention::stated), anchor,
                    name, out);
            listChange(ids(old.data()), ids(p.data()), dataNames, ChangeKind.PURPOSE_DATA_ADDED,
                    ChangeKind.PURPOSE_DATA_REMOVED, anchor, name, out);
            listChange(ids(old.recipients()), ids(p.recipients()), recipientNames, ChangeKind.PURPOSE_RECIPIENTS_ADDED,
                    ChangeKind.PURPOSE_RECIPIENTS_REMOVED, anchor, name, out);
            groupChange(from, to, from.dataSubjectsOf(old), to.dataSubjectsOf(p), ChangeKind.PURPOSE_GROUPS_ADDED,
                    ChangeKind.PURPOSE_GROUPS_REMOVED, anchor, name, out);
        }
        for (Purpose p : before.values()) {
            if (!after.containsKey(p.id())) {
                out.add(Change.of(ChangeKind.PURPOSE_REMOVED, "purposes", new Text(name(p.name(), p.id()))));
            }
        }
    }

    private static void personalData(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<String, PersonalData> before = byId(from.personalData(), PersonalData::id);
        for (PersonalData d : to.personalData()) {
            String anchor = "data-" + d.id();
            PersonalData old = before.get(d.id());
            String name = name(d.name(), d.id());
            if (old == null) {
                out.add(Change.of(d.special() ? ChangeKind.DATA_ADDED_SPECIAL : ChangeKind.DATA_ADDED, anchor, new Text(name)));
                continue;
            }
            renamed(old.name(), d.name(), ChangeKind.DATA_RENAMED, anchor, out);
            wording(old.description(), d.description(), ChangeKind.DATA_DESCRIBED, anchor, name, out);
            if (!old.source().equals(d.source()) && d.source().isPresent()) {
                out.add(Change.of(ChangeKind.DATA_SOURCE, anchor, new Text(name), new Term("source." + d.source().get().word())));
            }
            wording(old.sourceDetails(), d.sourceDetails(), ChangeKind.DATA_SOURCE_DETAILS, anchor, name, out);
            wording(old.toldWhen(), d.toldWhen(), ChangeKind.DATA_TOLD_WHEN, anchor, name, out);
            special(old, d, anchor, name, out);
            if (!old.required().equals(d.required()) && d.required().isPresent()) {
                out.add(Change.of(ChangeKind.DATA_REQUIRED, anchor, new Text(name), new Term("required." + d.required().get().word())));
            }
            wording(old.consequences(), d.consequences(), ChangeKind.DATA_CONSEQUENCES, anchor, name, out);
            retention(old.retention().filter(Retention::stated), d.retention().filter(Retention::stated), name, out);
            groupChange(from, to, from.dataSubjectsOf(old), to.dataSubjectsOf(d), ChangeKind.DATA_GROUPS_ADDED,
                    ChangeKind.DATA_GROUPS_REMOVED, anchor, name, out);
        }
        Map<String, PersonalData> after = byId(to.personalData(), PersonalData::id);
        for (PersonalData d : from.personalData()) {
            if (!after.containsKey(d.id())) {
                out.add(Change.of(ChangeKind.DATA_REMOVED, "personal-data", new Text(name(d.name(), d.id()))));
            }
        }
    }

    private static void special(PersonalData old, PersonalData d, String anchor, String name, List<Change> out) {
        Change.Argument condition = d.specialCondition().<Change.Argument>map(c -> new Term("special." + c.word()))
                .orElse(new Text(""));
        if (!old.special() && d.special()) {
            out.add(Change.of(ChangeKind.DATA_SPECIAL_ADDED, anchor, new Text(name), condition));
        } else if (old.special() && !d.special()) {
            out.add(Change.of(ChangeKind.DATA_SPECIAL_REMOVED, anchor, new Text(name)));
        } else if (d.special() && !old.specialCondition().equals(d.specialCondition()) && d.specialCondition().isPresent()) {
            out.add(Change.of(ChangeKind.DATA_SPECIAL_CONDITION, anchor, new Text(name), condition));
        }
    }

    /**
     * How long a purpose keeps its data, when it sets it: one sentence with the new rule, weighed as a
     * category's retention is (longer, from another event, or on criteria instead of a period needs notice).
     */
    private static void purposeRetention(Optional<Retention> was, Optional<Retention> now, String anchor, String name,
                                         List<Change> out) {
        if (sameRetention(was, now)) {
            return;
        }
        if (now.isEmpty()) {
            out.add(Change.of(ChangeKind.PURPOSE_RETENTION_REMOVED, anchor, new Text(name)));
            return;
        }
        ChangeKind kind = switch (RetentionMove.of(was, now.get())) {
            case STATED -> ChangeKind.PURPOSE_RETENTION_STATED;
            case LONGER -> ChangeKind.PURPOSE_RETENTION_LONGER;
            case SHORTER -> ChangeKind.PURPOSE_RETENTION_SHORTER;
            case TO_PERIOD -> ChangeKind.PURPOSE_RETENTION_TO_PERIOD;
            case OTHER_EVENT, TO_CRITERIA -> ChangeKind.PURPOSE_RETENTION_OTHER;
            case REWORDED -> ChangeKind.PURPOSE_RETENTION_REWORDED;
        };
        // A period longer or shorter than before says both, as a category's does.
        if (kind == ChangeKind.PURPOSE_RETENTION_LONGER || kind == ChangeKind.PURPOSE_RETENTION_SHORTER) {
            out.add(Change.of(kind, anchor, new Text(name), new Rule(was.get()), new Rule(now.get())));
        } else {
            out.add(Change.of(kind, anchor, new Text(name), new Rule(now.get())));
        }
    }

    /**
     * How long a category is kept, said from what to what: a period against a period (longer, shorter,
     * or from another event), a period given up for criteria or the other way round, criteria reworded.
     */
    private static void retention(Optional<Retention> was, Optional<Retention> now, String name, List<Change> out) {
        if (now.isEmpty() || sameRetention(was, now)) {
            return;
        }
        Retention after = now.get();
        Text what = new Text(name);
        RetentionMove move = RetentionMove.of(was, after);
        switch (move) {
            case STATED -> out.add(Change.of(ChangeKind.RETENTION_STATED, "retention", what, new Rule(after)));
            case LONGER, SHORTER, OTHER_EVENT -> {
                Retention before = was.get();
                ChangeKind kind = switch (move) {
                    case LONGER -> ChangeKind.RETENTION_LONGER;
                    case SHORTER -> ChangeKind.RETENTION_SHORTER;
                    default -> ChangeKind.RETENTION_OTHER_EVENT;
                };
                // The event a period runs from is said once when it did not change: "2 years …, instead of 3 years".
                Retention previous = sameWords(before.after(), after.after()) ? new Retention(before.period(),
                        Optional.empty(), before.criteria(), before.origin()) : before;
                out.add(Change.of(kind, "retention", what, new Rule(previous), new Rule(after)));
            }
            case TO_CRITERIA -> out.add(Change.of(ChangeKind.RETENTION_TO_CRITERIA, "retention", what, new Rule(was.get())));
            case TO_PERIOD -> out.add(Change.of(ChangeKind.RETENTION_TO_PERIOD, "retention", what, new Rule(after)));
            case REWORDED -> out.add(Change.of(ChangeKind.RETENTION_CRITERIA, "retention", what));
        }
    }

    /** How a retention rule moved between two versions; on data and on purposes alike. */
    private enum RetentionMove {
        STATED, LONGER, SHORTER, OTHER_EVENT, TO_CRITERIA, TO_PERIOD, REWORDED;

        /** The move from {@code was} to {@code now}, which differ. */
        static RetentionMove of(Optional<Retention> was, Retention now) {
            if (was.isEmpty()) {
                return STATED;
            }
            Optional<RetentionPeriod> before = was.get().period();
            Optional<RetentionPeriod> after = now.period();
            if (before.isPresent() && after.isPresent()) {
                double days = before.get().approximateDays();
                double newDays = after.get().approximateDays();
                return newDays > days ? LONGER : newDays < days ? SHORTER : OTHER_EVENT;
            }
            return before.isPresent() ? TO_CRITERIA : after.isPresent() ? TO_PERIOD : REWORDED;
        }
    }

    private static void recipients(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<String, Recipient> before = byId(from.recipients(), Recipient::id);
        for (Recipient r : to.recipients()) {
            String anchor = "recipient-" + r.id();
            Recipient old = before.get(r.id());
            String name = name(r.name(), r.id());
            if (old == null) {
                out.add(added(r, anchor, name));
                continue;
            }
            renamed(old.name(), r.name(), ChangeKind.RECIPIENT_RENAMED, anchor, out);
            if (old.category() != r.category()) {
                out.add(Change.of(r.category() ? ChangeKind.RECIPIENT_CATEGORY_ADDED : ChangeKind.RECIPIENT_CATEGORY_REMOVED,
                        anchor, new Text(name)));
            }
            countries(old, r, anchor, name, out);
            if (!old.internationalOrganisation().equals(r.internationalOrganisation())
                    && r.internationalOrganisation().isPresent()) {
                out.add(Change.of(ChangeKind.RECIPIENT_ORGANISATION, anchor, new Text(name)));
            }
            if (!old.role().equals(r.role()) && r.role().isPresent()) {
                out.add(Change.of(ChangeKind.RECIPIENT_ROLE, anchor, new Text(name),
                        new Term("role.short." + r.role().get().word())));
            }
            wording(old.purpose(), r.purpose(), ChangeKind.RECIPIENT_PURPOSE, anchor, name, out);
            wording(old.arrangement(), r.arrangement(), ChangeKind.RECIPIENT_ARRANGEMENT, anchor, name, out);
            if (!sameWords(old.contactPoint(), r.contactPoint()) && r.contactPoint().isPresent()) {
                out.add(Change.of(ChangeKind.RECIPIENT_CONTACT_POINT, anchor, new Text(name), new Text(r.contactPoint().get())));
            }
        }
        Map<String, Recipient> after = byId(to.recipients(), Recipient::id);
        for (Recipient r : from.recipients()) {
            if (!after.containsKey(r.id())) {
                out.add(Change.of(ChangeKind.RECIPIENT_REMOVED, "recipients", new Text(name(r.name(), r.id()))));
            }
        }
    }

    /** A new recipient, said with where it handles the data: its countries, an organisation, or nowhere named. */
    private static Change added(Recipient r, String anchor, String name) {
        if (!r.countries().isEmpty()) {
            return Change.of(ChangeKind.RECIPIENT_ADDED, anchor, new Text(name), new Countries(r.countries()));
        }
        return r.internationalOrganisation().isPresent()
                ? Change.of(ChangeKind.RECIPIENT_ADDED_ORGANISATION, anchor, new Text(name))
                : Change.of(ChangeKind.RECIPIENT_ADDED_CATEGORY, anchor, new Text(name));
    }

    /**
     * The countries where a recipient handles the data: one country replaced by one other is a move,
     * otherwise each country added or dropped is said, as transfers' grounds are.
     */
    private static void countries(Recipient old, Recipient r, String anchor, String name, List<Change> out) {
        if (old.countries().equals(r.countries())) {
            return;
        }
        List<String> added = r.countries().stream().filter(c -> !old.countries().contains(c)).toList();
        List<String> removed = old.countries().stream().filter(c -> !r.countries().contains(c)).toList();
        if (old.countries().size() == 1 && r.countries().size() == 1) {
            out.add(Change.of(ChangeKind.RECIPIENT_COUNTRY, anchor, new Text(name), new Country(old.countries().get(0)),
                    new Country(r.countries().get(0))));
        } else if (old.countries().isEmpty() && old.internationalOrganisation().isPresent() && r.countries().size() == 1) {
            // Where it was before: an international organisation it no longer is.
            out.add(Change.of(ChangeKind.RECIPIENT_COUNTRY, anchor, new Text(name),
                    new Phrase("change.place.organisation", List.of(new Text(name))), new Country(r.countries().get(0))));
        } else {
            if (!added.isEmpty()) {
                out.add(Change.of(ChangeKind.RECIPIENT_COUNTRIES_ADDED, anchor, new Text(name), new Countries(added)));
            }
            if (!removed.isEmpty()) {
                out.add(Change.of(ChangeKind.RECIPIENT_COUNTRIES_REMOVED, anchor, new Text(name), new Countries(removed)));
            }
        }
    }

    /**
     * Transfers by where the data goes: a recipient in a country (or an international organisation),
     * with every ground it rests on there. One ground replaced by one other is a swap; otherwise each
     * ground added or dropped is said alone, so that a recipient under two grounds that keeps one is
     * never said to have swapped them. A ground kept is then compared with itself, by recipient,
     * country and ground: its details, copy, listing and, for a derogation, its situation.
     */
    private static void transfers(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<TransferKey, List<Transfer>> before = grounds(from);
        Map<TransferKey, List<Transfer>> after = grounds(to);
        after.forEach((key, now) -> {
            String name = recipientName(to, key.recipient());
            List<Transfer> was = before.get(key);
            if (was == null) {
                now.forEach(t -> out.add(said(key, ChangeKind.TRANSFER_ADDED, ChangeKind.TRANSFER_ADDED_ORGANISATION,
                        name, term(t))));
                return;
            }
            List<Optional<Safeguard>> wasGrounds = was.stream().map(Transfer::safeguard).toList();
            List<Optional<Safeguard>> nowGrounds = now.stream().map(Transfer::safeguard).toList();
            if (was.size() == 1 && now.size() == 1 && !wasGrounds.equals(nowGrounds)) {
                out.add(said(key, ChangeKind.TRANSFER_SAFEGUARD, ChangeKind.TRANSFER_SAFEGUARD_ORGANISATION, name,
                        term(was.get(0)), term(now.get(0))));
                return;
            }
            for (Transfer t : now) {
                Optional<Transfer> same = was.stream().filter(w -> w.safeguard().equals(t.safeguard())).findFirst();
                if (same.isEmpty()) {
                    out.add(said(key, ChangeKind.TRANSFER_SAFEGUARD_ADDED, ChangeKind.TRANSFER_SAFEGUARD_ADDED_ORGANISATION,
                            name, term(t)));
                } else {
                    sameGround(key, name, same.get(), t, out);
                }
            }
            was.stream().filter(w -> !nowGrounds.contains(w.safeguard())).forEach(w -> out.add(said(key,
                    ChangeKind.TRANSFER_SAFEGUARD_REMOVED, ChangeKind.TRANSFER_SAFEGUARD_REMOVED_ORGANISATION, name, term(w))));
        });
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                out.add(said(key, ChangeKind.TRANSFER_REMOVED, ChangeKind.TRANSFER_REMOVED_ORGANISATION,
                        recipientName(from, key.recipient())));
            }
        });
    }

    /** A transfer under the same ground in both versions: what else the page says of it. */
    private static void sameGround(TransferKey key, String name, Transfer was, Transfer now, List<Change> out) {
        Phrase place = key.place(name);
        if (!was.derogation().equals(now.derogation()) && now.derogation().isPresent()) {
            out.add(Change.of(ChangeKind.TRANSFER_DEROGATION, "transfers", place,
                    new Term("derogation." + now.derogation().get().word())));
        } else if (!sameWords(was.risks(), now.risks()) || !sameWords(was.law(), now.law())
                || !sameWords(was.interests(), now.interests())) {
            out.add(Change.of(ChangeKind.TRANSFER_EXPLAINED, "transfers", place));
        }
        if (!was.authorityInformed() && now.authorityInformed()) {
            out.add(Change.of(ChangeKind.TRANSFER_AUTHORITY_INFORMED, "transfers", place));
        }
        if (!sameWords(was.details(), now.details()) && now.details().isPresent()) {
            out.add(Change.of(ChangeKind.TRANSFER_DETAILS, "transfers", place));
        }
        if (!was.copy().equals(now.copy()) && now.copy().isPresent()) {
            out.add(Change.of(ChangeKind.TRANSFER_COPY, "transfers", place, new Text(now.copy().get())));
        }
        if (!was.listing().equals(now.listing()) && now.listing().isPresent()) {
            out.add(Change.of(ChangeKind.TRANSFER_LISTING, "transfers", place, new Text(now.listing().get())));
        }
    }

    /** Each place data goes, in the order the version names it, with one transfer per ground in that order. */
    private static Map<TransferKey, List<Transfer>> grounds(PolicyVersion v) {
        Map<TransferKey, List<Transfer>> grounds = new LinkedHashMap<>();
        for (Transfer t : v.transfers()) {
            List<Transfer> list = grounds.computeIfAbsent(TransferKey.of(t), k -> new ArrayList<>());
            // A transfer without a ground is an error the validator reports; it has nothing to compare.
            if (t.safeguard().isPresent() && list.stream().noneMatch(other -> other.safeguard().equals(t.safeguard()))) {
                list.add(t);
            }
        }
        return grounds;
    }

    /** A transfer's change, in the sentence for a country or for an international organisation. */
    private static Change said(TransferKey key, ChangeKind inCountry, ChangeKind toOrganisation, String name,
                               Change.Argument... grounds) {
        List<Change.Argument> arguments = new ArrayList<>();
        arguments.add(new Text(name));
        key.country().ifPresent(c -> arguments.add(new Country(c)));
        arguments.addAll(List.of(grounds));
        return new Change(key.country().isPresent() ? inCountry : toOrganisation, arguments, "transfers");
    }

    private static Change.Argument term(Transfer transfer) {
        return new Term("safeguard.short." + transfer.safeguard().orElseThrow().word());
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

    /** A text as compared: capitals and runs of spaces do not count. */
    public static String words(String text) {
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

        /** Where the data goes, as a phrase inside a sentence. */
        Phrase place(String name) {
            return country.map(c -> new Phrase("change.place.country", List.of(new Text(name), new Country(c))))
                    .orElse(new Phrase("change.place.organisation", List.of(new Text(name))));
        }
    }

    private static String recipientName(PolicyVersion v, String id) {
        return v.recipients().stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> name(r.name(), r.id())).orElse(id);
    }

    private static void decisions(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<String, AutomatedDecision> before = byId(from.automatedDecisions(), AutomatedDecision::id);
        Map<String, AutomatedDecision> after = byId(to.automatedDecisions(), AutomatedDecision::id);
        Map<String, String> dataNames = names(to.personalData(), PersonalData::id, PersonalData::name, from.personalData());
        for (AutomatedDecision d : to.automatedDecisions()) {
            String anchor = "decision-" + d.id();
            String name = name(d.name(), d.id());
            AutomatedDecision old = before.get(d.id());
            if (old == null) {
                out.add(Change.of(ChangeKind.DECISION_ADDED, anchor, new Text(name)));
                continue;
            }
            renamed(old.name(), d.name(), ChangeKind.DECISION_RENAMED, anchor, out);
            boolean groundChanged = !old.ground().equals(d.ground()) && d.ground().isPresent();
            if (groundChanged) {
                // The theme's words for a law end where the law is named: "A law allows it …: <the law>".
                Change.Argument ground = d.law().filter(law -> d.ground().get() == DecisionGround.LAW)
                        .<Change.Argument>map(law -> new Joined(List.of(new Term("decision.ground.law"),
                                new Text(PlainText.of(law).strip()))))
                        .orElse(new Term("decision.ground." + d.ground().get().word()));
                out.add(Change.of(ChangeKind.DECISION_GROUND, anchor, new Text(name), ground));
            }
            if (!sameWords(old.law(), d.law()) && d.law().isPresent() && !groundChanged) {
                out.add(Change.of(ChangeKind.DECISION_LAW, anchor, new Text(name), new Text(flat(d.law().get()))));
            }
            if (!sameWords(old.logic(), d.logic()) || !sameWords(old.significance(), d.significance())
                    || !sameWords(old.contest(), d.contest())) {
                out.add(Change.of(ChangeKind.DECISION_EXPLAINED, anchor, new Text(name)));
            }
            listChange(ids(old.data()), ids(d.data()), dataNames, ChangeKind.DECISION_DATA_ADDED,
                    ChangeKind.DECISION_DATA_REMOVED, anchor, name, out);
        }
        for (AutomatedDecision d : from.automatedDecisions()) {
            if (!after.containsKey(d.id())) {
                out.add(Change.of(ChangeKind.DECISION_REMOVED, "automated-decisions", new Text(name(d.name(), d.id()))));
            }
        }
    }

    private static void profiling(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<String, Profiling> before = byId(from.profiling(), Profiling::id);
        Map<String, Profiling> after = byId(to.profiling(), Profiling::id);
        for (Profiling p : to.profiling()) {
            String anchor = "profiling-" + p.id();
            String name = name(p.name(), p.id());
            Profiling old = before.get(p.id());
            if (old == null) {
                out.add(Change.of(ChangeKind.PROFILING_ADDED, anchor, new Text(name)));
                continue;
            }
            renamed(old.name(), p.name(), ChangeKind.PROFILING_RENAMED, anchor, out);
            if (!sameWords(old.logic(), p.logic()) || !sameWords(old.significance(), p.significance())) {
                out.add(Change.of(ChangeKind.PROFILING_EXPLAINED, anchor, new Text(name)));
            }
        }
        for (Profiling p : from.profiling()) {
            if (!after.containsKey(p.id())) {
                out.add(Change.of(ChangeKind.PROFILING_REMOVED, "automated-decisions", new Text(name(p.name(), p.id()))));
            }
        }
    }

    /** Cookies are matched by name: a provider or a lifetime that changed is the same cookie, changed. */
    private static void cookies(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Map<String, Cookie> before = byId(from.cookies(), Cookie::key);
        Map<String, Cookie> after = byId(to.cookies(), Cookie::key);
        for (Cookie c : to.cookies()) {
            Text name = new Text(c.key());
            Argument provider = provider(to, c);
            Cookie old = before.get(c.key());
            if (old == null) {
                out.add(Change.of(ChangeKind.COOKIE_ADDED, SectionIds.COOKIES, name, provider));
                continue;
            }
            Argument oldProvider = provider(from, old);
            if (!oldProvider.plain().equalsIgnoreCase(provider.plain())) {
                out.add(Change.of(ChangeKind.COOKIE_PROVIDER, SectionIds.COOKIES, name, oldProvider, provider));
            }
            double was = lifetime(old.duration());
            double now = lifetime(c.duration());
            if (now != was) {
                out.add(Change.of(now > was ? ChangeKind.COOKIE_LONGER : ChangeKind.COOKIE_SHORTER, SectionIds.COOKIES,
                        name, duration(old.duration()), duration(c.duration())));
            }
            if (old.consent() != c.consent()) {
                out.add(Change.of(c.consent() ? ChangeKind.COOKIE_CONSENT_ASKED : ChangeKind.COOKIE_CONSENT_DROPPED,
                        SectionIds.COOKIES, name));
            }
            if (!sameWords(old.purpose(), c.purpose())) {
                out.add(Change.of(ChangeKind.COOKIE_PURPOSE, SectionIds.COOKIES, name));
            }
        }
        for (Cookie c : from.cookies()) {
            if (!after.containsKey(c.key())) {
                out.add(Change.of(ChangeKind.COOKIE_REMOVED, SectionIds.COOKIES, new Text(c.key())));
            }
        }
    }

    /** Who sets a cookie, with where when it is a third party: "Stripe, in the United States". */
    private static Argument provider(PolicyVersion v, Cookie c) {
        return CookieProvider.of(v, c).<Argument>map(p -> p.firstParty() || p.countries().isEmpty() ? new Text(p.name())
                : new Phrase("cookies.provider.where", List.of(new Text(p.name()), new Countries(p.countries()))))
                .orElse(new Text(""));
    }

    /** A session cookie lasts less than any period; one without a duration compares as a session. */
    private static double lifetime(Optional<CookieDuration> d) {
        return d.flatMap(CookieDuration::period).map(RetentionPeriod::approximateDays).orElse(0.0);
    }

    private static Argument duration(Optional<CookieDuration> d) {
        return d.flatMap(CookieDuration::period).<Argument>map(Period::new)
                .orElse(new Phrase("change.cookie.session", List.of()));
    }

    private static void rights(PolicyVersion from, PolicyVersion to, List<Change> out) {
        List<RightId> before = new ArrayList<>(DerivedRights.of(from));
        List<RightId> after = new ArrayList<>(DerivedRights.of(to));
        before.addAll(DerivedRights.setApart(from));
        after.addAll(DerivedRights.setApart(to));
        after.stream().filter(r -> !before.contains(r)).forEach(r -> out.add(Change.of(ChangeKind.RIGHT_ADDED,
                "right-" + r.word(), new Term("right." + r.word() + ".title"))));
        before.stream().filter(r -> !after.contains(r)).forEach(r -> out.add(Change.of(ChangeKind.RIGHT_REMOVED,
                "rights", new Term("right." + r.word() + ".title"))));
        for (RightId right : RightId.values()) {
            String was = from.rights().map(r -> r.overrides().get(right)).orElse(null);
            String now = to.rights().map(r -> r.overrides().get(right)).orElse(null);
            if (now != null && after.contains(right) && !sameWords(Optional.ofNullable(was), Optional.of(now))) {
                out.add(Change.of(ChangeKind.RIGHT_EXPLAINED, "right-" + right.word(),
                        new Term("right." + right.word() + ".title")));
            }
        }
    }

    private static void children(PolicyVersion from, PolicyVersion to, List<Change> out) {
        Optional<Integer> before = from.childrenMinimumAge();
        Optional<Integer> after = to.childrenMinimumAge();
        if (before.equals(after)) {
            return;
        }
        if (after.isEmpty()) {
            out.add(Change.of(ChangeKind.CHILDREN_AGE_REMOVED, "children"));
        } else {
            boolean lower = before.isPresent() && after.get() < before.get();
            out.add(Change.of(lower ? ChangeKind.CHILDREN_AGE_LOWER : ChangeKind.CHILDREN_AGE_HIGHER, "children",
                    new Text(String.valueOf(after.get()))));
        }
    }

    private static void renamed(Optional<String> before, Optional<String> after, ChangeKind kind, String anchor,
                                List<Change> out) {
        if (before.isPresent() && after.isPresent() && !sameWords(before, after)) {
            out.add(Change.of(kind, anchor, new Text(before.get()), new Text(after.get())));
        }
    }

    /** A text of an item that now says other words: "we changed the wording of …". */
    private static void wording(Optional<String> before, Optional<String> after, ChangeKind kind, String anchor,
                                String owner, List<Change> out) {
        if (after.isPresent() && !sameWords(before, after)) {
            out.add(Change.of(kind, anchor, new Text(owner)));
        }
    }

    private static void listChange(List<String> before, List<String> after, Map<String, String> names,
                                   ChangeKind addedKind, ChangeKind removedKind, String anchor, String owner,
                                   List<Change> out) {
        List<String> added = after.stream().filter(id -> !before.contains(id)).map(id -> names.getOrDefault(id, id)).toList();
        List<String> removed = before.stream().filter(id -> !after.contains(id)).map(id -> names.getOrDefault(id, id)).toList();
        if (!added.isEmpty()) {
            out.add(Change.of(addedKind, anchor, new Text(owner), new Names(added)));
        }
        if (!removed.isEmpty()) {
            out.add(Change.of(removedKind, anchor, new Text(owner), new Names(removed)));
        }
    }

    /** Markdown as one plain line inside a sentence. */
    private static String flat(String markdown) {
        return ChangeSentences.flat(PlainText.of(markdown));
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

package org.plainpolicy.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plainpolicy.load.Suggestions;
import org.plainpolicy.model.DataSubject;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Origin;
import org.plainpolicy.model.PersonalData;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Purpose;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.SectionIds;

/**
 * The groups of people a version concerns ({@code dataSubjects}, GDPR Art. 30(1)(c)): each has a
 * name, every purpose and data category that names groups names ones that exist, and a purpose
 * uses no data that is held only about other groups than its own. Checked in every version, as
 * the other cross-references are.
 */
final class DataSubjectRules {

    private final PolicyVersion v;
    private final List<Finding> out;
    private final Map<String, DataSubject> groups;

    private DataSubjectRules(PolicyVersion version, List<Finding> out) {
        this.v = version;
        this.out = out;
        this.groups = version.dataSubjects().stream().filter(s -> !s.id().isEmpty())
                .collect(Collectors.toMap(DataSubject::id, Function.identity(), (a, b) -> a));
    }

    static void check(PolicyVersion version, List<Finding> out) {
        DataSubjectRules rules = new DataSubjectRules(version, out);
        rules.named();
        version.purposes().forEach(p -> rules.references("purpose '" + p.id() + "'", p.dataSubjects(), p.origin()));
        version.personalData().forEach(d -> rules.references("data '" + d.id() + "'", d.dataSubjects(), d.origin()));
        rules.purposesUseTheirGroupsData();
        rules.anchorsFree();
    }

    private void named() {
        for (DataSubject group : v.dataSubjects()) {
            if (group.name().isEmpty() && !group.origin().rejected("name") && !group.id().isEmpty()) {
                report(group.origin().of("name"), "the group of people '" + group.id() + "' has no `name`; add "
                        + "`name:` with the group in a few plain words, such as Our customers");
            }
        }
    }

    private void references(String who, List<Reference> named, Origin origin) {
        if (origin.has("dataSubjects") && named.isEmpty() && !origin.rejected("dataSubjects")) {
            report(origin.of("dataSubjects"), who + " has an empty `dataSubjects`; list the groups whose data it "
                    + "concerns, such as [customers], or leave the key out when it concerns every group");
            return;
        }
        for (Reference ref : named) {
            if (groups.containsKey(ref.id())) {
                continue;
            }
            if (v.dataSubjects().isEmpty()) {
                report(ref.at(), who + " names the group '" + ref.id() + "', but the version lists no "
                        + "`dataSubjects`; add `dataSubjects:` with that group, its id and its name");
            } else {
                String hint = Suggestions.didYouMean(ref.id(), groups.keySet());
                report(ref.at(), who + " names the group '" + ref.id() + "', which is not in `dataSubjects`"
                        + (hint.isEmpty() ? "; correct the id, or add that group to `dataSubjects`" : hint));
            }
        }
    }

    /**
     * A purpose that uses data held about none of its groups says two things that cannot both be
     * true; the record of processing would list data of people the purpose does not concern.
     */
    private void purposesUseTheirGroupsData() {
        Map<String, PersonalData> data = v.personalData().stream()
                .collect(Collectors.toMap(PersonalData::id, Function.identity(), (a, b) -> a));
        for (Purpose p : v.purposes()) {
            Set<String> own = ids(v.dataSubjectsOf(p));
            if (own.isEmpty()) {
                continue;
            }
            for (Reference ref : p.data()) {
                PersonalData d = data.get(ref.id());
                if (d == null || d.dataSubjects().isEmpty()) {
                    continue;
                }
                Set<String> about = ids(v.dataSubjectsOf(d));
                if (!about.isEmpty() && about.stream().noneMatch(own::contains)) {
                    report(ref.at(), "purpose '" + p.id() + "' concerns " + String.join(", ", sorted(own))
                            + ", but uses data '" + d.id() + "', which is held only about " + String.join(", ",
                            sorted(about)) + "; add the group to the `dataSubjects` of one of them, or remove "
                            + "the data from the purpose");
                }
            }
        }
    }

    /** The page gives the groups' section and each group an id; a free section must not take one. */
    private void anchorsFree() {
        if (v.dataSubjects().isEmpty()) {
            return;
        }
        Set<String> taken = v.dataSubjects().stream().map(g -> SectionIds.groupAnchor(g.id()))
                .collect(Collectors.toSet());
        v.sections().stream().filter(s -> s.id().equals(SectionIds.WHOSE_DATA) || taken.contains(s.id()))
                .forEach(s -> out.add(Rule.SECTION_ID.error(s.origin().of("id"), "the free section id '" + s.id()
                        + "' is the page's own anchor for the groups of people (" + SectionIds.WHOSE_DATA + ", "
                        + SectionIds.groupAnchor("<group id>") + "); choose another id, such as "
                        + SectionIds.unreserved(s.id()))));
    }

    private static Set<String> ids(List<DataSubject> subjects) {
        return subjects.stream().map(DataSubject::id).collect(Collectors.toSet());
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }

    private void report(org.plainpolicy.model.Position at, String message) {
        out.add(Rule.DATA_SUBJECTS.error(at, message));
    }
}

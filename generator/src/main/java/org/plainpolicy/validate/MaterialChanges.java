package org.plainpolicy.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PersonalData;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Recipient;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.RetentionPeriod;
import org.plainpolicy.registry.Registry;

/**
 * A version marked {@code material: false} needs no notice, so it may only correct: the EDPB's
 * transparency guidelines (WP260 rev.01, paragraphs 29 to 31) count as material, and so needing
 * notice, a new purpose, a new recipient, data sent to a new country outside the EEA, new special
 * data, a new automated decision and a longer retention. Such a version is compared with the one
 * before it in its language, and each such change is named.
 */
final class MaterialChanges {

    private MaterialChanges() {
    }

    static void check(Registry registry, PolicyProject project, PolicyVersion v, List<Finding> out) {
        if (v.material() || !v.language().equals(project.site().defaultLanguage())) {
            return;
        }
        project.previous(v).flatMap(project::read).ifPresent(before -> {
            List<String> changes = of(registry, before, v);
            if (!changes.isEmpty()) {
                out.add(Rule.MATERIAL_CHANGE.error(v.origin().of("material"), "version " + v.id() + " is marked "
                        + "`material: false`, but against version " + before.id() + " it " + String.join("; ", changes)
                        + "; people must be told of such changes before they apply, so remove `material: false` and "
                        + "announce the version at least " + project.site().noticeDays() + " days before it takes "
                        + "effect (or add `noticeWaived:` with the reason)"));
            }
        });
    }

    /** What {@code after} changes against {@code before} that needs notice, in the words of an error line. */
    static List<String> of(Registry registry, PolicyVersion before, PolicyVersion after) {
        List<String> changes = new ArrayList<>();
        added(ids(before.purposes(), p -> p.id()), ids(after.purposes(), p -> p.id()), "adds purpose", changes);
        added(ids(before.recipients(), Recipient::id), ids(after.recipients(), Recipient::id), "adds recipient",
                changes);
        added(thirdCountries(registry, before), thirdCountries(registry, after),
                "sends data to a new country or international organisation outside the EEA:", changes);
        added(ids(before.personalData().stream().filter(PersonalData::special).toList(), PersonalData::id),
                ids(after.personalData().stream().filter(PersonalData::special).toList(), PersonalData::id),
                "adds special data", changes);
        added(ids(before.automatedDecisions(), d -> d.id()), ids(after.automatedDecisions(), d -> d.id()),
                "adds automated decision", changes);
        Map<String, PersonalData> was = before.personalData().stream()
                .collect(Collectors.toMap(PersonalData::id, Function.identity(), (a, b) -> a));
        Set<String> longer = new TreeSet<>();
        for (PersonalData d : after.personalData()) {
            Optional<RetentionPeriod> now = d.retention().flatMap(Retention::period);
            Optional<RetentionPeriod> then = Optional.ofNullable(was.get(d.id())).flatMap(PersonalData::retention)
                    .flatMap(Retention::period);
            if (now.isPresent() && then.isPresent() && now.get().approximateDays() > then.get().approximateDays()) {
                longer.add("'" + d.id() + "' (" + then.get() + " to " + now.get() + ")");
            }
        }
        if (!longer.isEmpty()) {
            changes.add("keeps data longer: " + String.join(", ", longer));
        }
        return changes;
    }

    private static void added(Set<String> before, Set<String> after, String what, List<String> changes) {
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        if (!added.isEmpty()) {
            changes.add(what + " " + added.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")));
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    /**
     * The countries outside the EEA where a recipient of {@code v} handles data, or a transfer sends it,
     * and the international organisations it sends data to.
     */
    private static Set<String> thirdCountries(Registry registry, PolicyVersion v) {
        Set<String> countries = new TreeSet<>();
        v.recipients().forEach(r -> r.destination().ifPresent(countries::add));
        v.transfers().forEach(t -> t.country().ifPresent(countries::add));
        countries.removeIf(country -> registry.inEea(country, v.effective()));
        return countries;
    }
}

package org.plainpolicy.validate;

import java.util.List;
import org.plainpolicy.diff.ChangeKind;
import org.plainpolicy.diff.Differ;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.registry.Registry;

/**
 * A version marked {@code material: false} needs no notice, so it may only correct: the EDPB's
 * transparency guidelines (WP260 rev.01, paragraphs 29 to 31) count as material, and so needing
 * notice, a new purpose or legal basis, a new recipient or a recipient's new role or country, data
 * sent abroad under a new or weaker ground, new special data, a new automated decision, a longer
 * retention, and rights people lose or must wait longer for. Those are the changes the change list
 * weighs {@link ChangeKind.Weight#NOTICE} and puts first: one table decides both. Such a version is
 * compared with the one before it in its language, and each such change is named.
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
                        + "`material: false`, but against version " + before.id() + " it has changes that need "
                        + "notice: " + String.join("; ", changes)
                        + "; people must be told of such changes before they apply, so remove `material: false` and "
                        + "announce the version at least " + project.site().noticeDays() + " days before it takes "
                        + "effect (or add `noticeWaived:` with the reason)"));
            }
        });
    }

    /** What {@code after} changes against {@code before} that needs notice, in the words of an error line. */
    static List<String> of(Registry registry, PolicyVersion before, PolicyVersion after) {
        return new Differ(registry).compare(before, after, List.of()).weighing(ChangeKind.Weight.NOTICE).stream()
                .map(change -> change.describe()).toList();
    }
}

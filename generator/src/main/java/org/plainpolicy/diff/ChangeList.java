package org.plainpolicy.diff;

import java.util.Comparator;
import java.util.List;
import org.plainpolicy.model.PolicyVersion;

/**
 * What {@code to} changed against {@code from}: the editor's own {@code changes:} items first,
 * then the changes computed from the two models, heaviest first (what needs notice, then other
 * changes, then wording), each weight in the order the page shows its parts.
 */
public record ChangeList(PolicyVersion from, PolicyVersion to, List<String> editorNotes, List<Change> changes) {

    public ChangeList {
        editorNotes = List.copyOf(editorNotes);
        changes = changes.stream().sorted(Comparator.comparing(Change::weight)).toList();
    }

    /** The changes of one weight, in list order. */
    public List<Change> weighing(ChangeKind.Weight weight) {
        return changes.stream().filter(c -> c.weight() == weight).toList();
    }

    public boolean isEmpty() {
        return editorNotes.isEmpty() && changes.isEmpty();
    }
}

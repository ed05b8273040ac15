package org.plainpolicy.diff;

import java.util.List;
import org.plainpolicy.model.PolicyVersion;

/**
 * What {@code to} changed against {@code from}: the editor's own {@code changes:} items first,
 * then the changes computed from the two models.
 */
public record ChangeList(PolicyVersion from, PolicyVersion to, List<String> editorNotes, List<Change> changes) {

    public ChangeList {
        editorNotes = List.copyOf(editorNotes);
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return editorNotes.isEmpty() && changes.isEmpty();
    }
}

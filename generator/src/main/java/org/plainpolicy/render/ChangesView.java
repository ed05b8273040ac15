package org.plainpolicy.render;

import java.util.List;

/** What a changes page shows: the change list in plain words, then the redline, section by section. */
public record ChangesView(
        String id,
        String effective,
        String previousEffective,
        String versionHref,
        String previousHref,
        List<Html> notes,
        List<Group> groups,
        List<Section> sections) {

    /** Whether the page lists anything: the editor's notes or a computed change. */
    public boolean listsNothing() {
        return notes.isEmpty() && groups.isEmpty();
    }

    /** The changes of one weight under their heading: what needs notice, other changes, wording. */
    public record Group(String weight, String heading, List<Line> lines) {
    }

    /** A change in plain words, with a link to where it is on the new page. */
    public record Line(String text, String href) {
    }

    /** A section of the redline; an unchanged one is shown collapsed, by its title alone. */
    public record Section(String id, String title, boolean changed, Html body) {
    }
}

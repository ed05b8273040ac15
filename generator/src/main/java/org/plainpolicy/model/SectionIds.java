package org.plainpolicy.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ids of the standard sections of a version page (spec section 7); links to them survive versions. */
public final class SectionIds {

    public static final List<String> STANDARD = List.of(
            "controller", "dpo", "purposes", "personal-data", "recipients", "transfers", "retention",
            "rights", "automated-decisions", "complaint", "security", "children", "glossary", "changes");

    private SectionIds() {
    }

    /**
     * The sections of a version in page order: the standard ones, each followed by the free
     * sections placed after it (and those placed after them); a free section without {@code after}
     * comes at the end.
     */
    public static List<String> pageOrder(PolicyVersion version) {
        Map<String, List<String>> after = new LinkedHashMap<>();
        for (FreeSection s : version.sections()) {
            after.computeIfAbsent(s.after().orElse("changes"), k -> new ArrayList<>()).add(s.id());
        }
        List<String> order = new ArrayList<>();
        for (String id : STANDARD) {
            order.add(id);
            addFollowers(id, after, order);
        }
        return order;
    }

    private static void addFollowers(String id, Map<String, List<String>> after, List<String> order) {
        for (String follower : after.getOrDefault(id, List.of())) {
            if (!order.contains(follower)) {
                order.add(follower);
                addFollowers(follower, after, order);
            }
        }
    }
}

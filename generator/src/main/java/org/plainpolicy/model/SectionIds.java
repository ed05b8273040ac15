package org.plainpolicy.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ids of the standard sections of a version page (spec section 7); links to them survive versions. */
public final class SectionIds {

    public static final List<String> STANDARD = List.of(
            "controller", "dpo", "purposes", "personal-data", "recipients", "transfers", "retention",
            "rights", "automated-decisions", "complaint", "security", "children", "glossary", "changes");

    /**
     * The section of a version that lists cookies ({@code cookies:}), after the transfers. It is not among
     * the standard sections every page has: versions written before the list existed could give their own
     * free section this id, and keep it.
     */
    public static final String COOKIES = "cookies";
    /**
     * The section that lists the groups of people ({@code dataSubjects:}), before the purposes, with an
     * anchor per group; there only when the version names groups, as the cookies' section is.
     */
    public static final String WHOSE_DATA = "whose-data";
    private static final String WHOSE_DATA_BEFORE = "purposes";
    private static final String GROUP_PREFIX = "for-";
    private static final String COOKIES_AFTER = "transfers";

    /*
     * The ids a page has besides its sections' own (each section has its id, and "<id>-title" for
     * its heading; "redline-<id>" and "redline-<id>-title" on a changes page). A free section that
     * took one would give the page an id twice: invalid HTML, and links, the skip link among them,
     * that jump to the wrong place. SectionIdsTest checks this list against the pages.
     */
    /** Ids of the page, as they are or with "-title": main, summary-title, toc-title, redline-title. */
    private static final List<String> PAGE_IDS = List.of("main", "summary", "toc", "title", "profiling");
    /** The anchors of the items of the standard sections: purpose-send-email, right-access… */
    private static final List<String> ITEM_PREFIXES = List.of("purpose-", "data-", "recipient-", "decision-",
            "profiling-", "right-");
    private static final String HEADING_SUFFIX = "-title";

    private SectionIds() {
    }

    /**
     * Why a free section may not have {@code id}, as the end of a sentence ("… is …"), when the page
     * already uses it, or one made from it; empty when it is free to use. The standard sections'
     * own ids are another rule's.
     */
    public static Optional<String> reservedBecause(String id) {
        if (PAGE_IDS.contains(id)) {
            return Optional.of("an id the page already uses");
        }
        if (id.endsWith(HEADING_SUFFIX)) {
            return Optional.of("the form of the page's heading ids, ending in '" + HEADING_SUFFIX + "'");
        }
        return ITEM_PREFIXES.stream().filter(id::startsWith).findFirst()
                .map(prefix -> "the form of the page's own anchors, starting with '" + prefix + "'");
    }

    /** The anchor of a group of people in the section {@link #WHOSE_DATA}: {@code for-customers}. */
    public static String groupAnchor(String groupId) {
        return GROUP_PREFIX + groupId;
    }

    /** An id like {@code id} that a free section may have: to suggest in place of a reserved one. */
    public static String unreserved(String id) {
        String base = id;
        while (base.endsWith(HEADING_SUFFIX)) {
            base = base.substring(0, base.length() - HEADING_SUFFIX.length());
        }
        return "about-" + base;
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
            if (id.equals(WHOSE_DATA_BEFORE) && !version.dataSubjects().isEmpty() && !order.contains(WHOSE_DATA)) {
                order.add(WHOSE_DATA);
                addFollowers(WHOSE_DATA, after, order);
            }
            order.add(id);
            addFollowers(id, after, order);
            if (id.equals(COOKIES_AFTER) && !version.cookies().isEmpty() && !order.contains(COOKIES)) {
                order.add(COOKIES);
                addFollowers(COOKIES, after, order);
            }
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

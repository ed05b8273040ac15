package org.plainpolicy.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A redline of two texts: deletions in {@code <del>}, insertions in {@code <ins>}, each also
 * labelled in words that screen readers read out and that show without colour. Paragraphs are
 * aligned first; a paragraph that changed is compared word by word, unless it changed so much
 * that a word-level redline would be noise, in which case the old and new paragraphs are shown
 * whole. The diffs are java-diff-utils' Myers algorithm; every piece of text is escaped here, once.
 */
final class Redline {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    /** Below this share of the shorter paragraph kept, a word-level redline is harder to read than two paragraphs. */
    private static final double MIN_KEPT = 0.5;
    /**
     * Beyond this many paragraphs, or tokens of a paragraph, changed in between what stayed at the
     * start and at the end, the change is shown as one replacement: Myers' algorithm costs the
     * product of the length and the number of edits, which for shuffled text is the square.
     */
    static final int MAX_COMPARED = 4_000;

    private final Messages msg;

    Redline(Messages msg) {
        this.msg = msg;
    }

    Html of(String before, String after) {
        List<String> old = paragraphs(before);
        List<String> now = paragraphs(after);
        StringBuilder html = new StringBuilder();
        int position = 0;
        for (Edit<String> edit : edits(old, now)) {
            int start = edit.position();
            old.subList(position, start).forEach(p -> paragraph(html, HtmlEscaper.escape(p)));
            List<String> deleted = edit.deleted();
            List<String> inserted = edit.inserted();
            int paired = Math.min(deleted.size(), inserted.size());
            for (int i = 0; i < paired; i++) {
                paragraph(html, words(deleted.get(i), inserted.get(i)));
            }
            deleted.subList(paired, deleted.size()).forEach(p -> paragraph(html, mark("del", tokens(p))));
            inserted.subList(paired, inserted.size()).forEach(p -> paragraph(html, mark("ins", tokens(p))));
            position = start + deleted.size();
        }
        old.subList(position, old.size()).forEach(p -> paragraph(html, HtmlEscaper.escape(p)));
        return new Html(html.toString().strip());
    }

    private String words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        double enoughKept = MIN_KEPT * Math.min(old.size(), now.size());
        // Rewritten text is told apart before it is compared: comparing it word by word costs the square of its length.
        if (mostKept(old, now) < enoughKept) {
            return whole(old, now);
        }
        List<Edit<String>> edits = edits(old, now);
        int changed = edits.stream().mapToInt(e -> e.deleted().size()).sum();
        if (old.size() - changed < enoughKept) {
            return whole(old, now);
        }
        StringBuilder html = new StringBuilder();
        int position = 0;
        for (Edit<String> edit : edits) {
            int start = edit.position();
            html.append(text(old.subList(position, start)));
            if (!edit.deleted().isEmpty()) {
                html.append(mark("del", edit.deleted()));
            }
            if (!edit.inserted().isEmpty()) {
                html.append(mark("ins", edit.inserted()));
            }
            position = start + edit.deleted().size();
        }
        return html.append(text(old.subList(position, old.size()))).toString();
    }

    private String whole(List<String> old, List<String> now) {
        return mark("del", old) + " " + mark("ins", now);
    }

    /**
     * The most tokens any redline could keep: no more of each token than the text that has fewer
     * of it holds. Counted in one pass over each, and never less than what the diff keeps.
     */
    static int mostKept(List<String> old, List<String> now) {
        Map<String, Integer> left = new HashMap<>();
        old.forEach(token -> left.merge(token, 1, Integer::sum));
        int kept = 0;
        for (String token : now) {
            Integer count = left.get(token);
            if (count != null && count > 0) {
                left.put(token, count - 1);
                kept++;
            }
        }
        return kept;
    }

    /** What replaced what, at a position of the old list. */
    private record Edit<T>(int position, List<T> deleted, List<T> inserted) {
    }

    /**
     * The edits from {@code old} to {@code now}. What the two share at their start and end is set
     * aside first, as an edit leaves most of a text as it was: Myers' algorithm then runs on the
     * part that changed, and costs grow with the edit, not with the length of the text, up to
     * {@link #MAX_COMPARED}.
     */
    private static <T> List<Edit<T>> edits(List<T> old, List<T> now) {
        int prefix = 0;
        int shorter = Math.min(old.size(), now.size());
        while (prefix < shorter && old.get(prefix).equals(now.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
            suffix++;
        }
        List<T> oldMiddle = old.subList(prefix, old.size() - suffix);
        List<T> nowMiddle = now.subList(prefix, now.size() - suffix);
        if (oldMiddle.size() + nowMiddle.size() > MAX_COMPARED) {
            return List.of(new Edit<>(prefix, oldMiddle, nowMiddle));
        }
        List<Edit<T>> edits = new ArrayList<>();
        for (AbstractDelta<T> delta : DiffUtils.diff(oldMiddle, nowMiddle).getDeltas()) {
            edits.add(new Edit<>(prefix + delta.getSource().getPosition(), delta.getSource().getLines(),
                    delta.getTarget().getLines()));
        }
        return edits;
    }

    private String mark(String tag, List<String> tokens) {
        String label = tag.equals("del") ? "changes.deleted" : "changes.inserted";
        String end = tag.equals("del") ? "changes.deleted.end" : "changes.inserted.end";
        return "<" + tag + "><span class=\"visually-hidden\">[" + HtmlEscaper.escape(msg.get(label)) + " </span>"
                + text(tokens) + "<span class=\"visually-hidden\"> – " + HtmlEscaper.escape(msg.get(end))
                + "]</span></" + tag + ">";
    }

    private static void paragraph(StringBuilder html, String content) {
        html.append("<p>").append(content).append("</p>\n");
    }

    private static String text(List<String> tokens) {
        StringBuilder text = new StringBuilder();
        tokens.forEach(token -> text.append(HtmlEscaper.escape(token)));
        return text.toString();
    }

    private static List<String> paragraphs(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split("\n\n")).map(String::strip).toList();
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}

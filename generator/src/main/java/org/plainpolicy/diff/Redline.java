package org.plainpolicy.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plainpolicy.render.Html;
import org.plainpolicy.render.HtmlEscaper;
import org.plainpolicy.render.Messages;

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

    private final Messages msg;

    Redline(Messages msg) {
        this.msg = msg;
    }

    Html of(String before, String after) {
        List<String> old = paragraphs(before);
        List<String> now = paragraphs(after);
        StringBuilder html = new StringBuilder();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            int start = delta.getSource().getPosition();
            old.subList(position, start).forEach(p -> paragraph(html, HtmlEscaper.escape(p)));
            List<String> deleted = delta.getSource().getLines();
            List<String> inserted = delta.getTarget().getLines();
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
        Patch<String> patch = DiffUtils.diff(old, now);
        int changed = patch.getDeltas().stream().mapToInt(d -> d.getSource().size()).sum();
        if (old.size() - changed < MIN_KEPT * Math.min(old.size(), now.size())) {
            return mark("del", old) + " " + mark("ins", now);
        }
        StringBuilder html = new StringBuilder();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            html.append(text(old.subList(position, start)));
            if (!delta.getSource().getLines().isEmpty()) {
                html.append(mark("del", delta.getSource().getLines()));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                html.append(mark("ins", delta.getTarget().getLines()));
            }
            position = start + delta.getSource().size();
        }
        return html.append(text(old.subList(position, old.size()))).toString();
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

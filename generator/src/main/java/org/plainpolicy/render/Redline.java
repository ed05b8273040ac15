package org.plainpolicy.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plainpolicy.diff.Differ;

/**
 * A redline of two texts: deletions in {@code <del>}, insertions in {@code <ins>}, each also
 * labelled in words that screen readers read out and that show without colour. Paragraphs are
 * aligned first, then the sentences of a paragraph that changed, then the words of a sentence that
 * changed; a sentence rewritten so much that a word-level redline would be noise is shown whole,
 * removed then added. Capitals and spaces alone are no change and are not marked: what stayed is
 * shown as the new text writes it. The diffs are java-diff-utils' Myers algorithm; every piece of
 * text is escaped here, once.
 */
final class Redline {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    /** A sentence ends at a full stop, a question or exclamation mark, or an ellipsis, before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u2026])\\s+");
    /** Below this share of the shorter sentence kept, a word-level redline is harder to read than two sentences. */
    private static final double MIN_KEPT = 0.5;
    /**
     * Beyond this many paragraphs, sentences or tokens changed in between what stayed at the start
     * and at the end, the change is shown as one replacement: Myers' algorithm costs the product of
     * the length and the number of edits, which for shuffled text is the square.
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
        for (Step step : steps(old, now, Differ::words)) {
            step.kept(now).forEach(p -> paragraph(html, HtmlEscaper.escape(p)));
            List<String> deleted = step.deleted(old);
            List<String> inserted = step.inserted(now);
            int paired = Math.min(deleted.size(), inserted.size());
            for (int i = 0; i < paired; i++) {
                paragraph(html, sentences(deleted.get(i), inserted.get(i)));
            }
            deleted.subList(paired, deleted.size()).forEach(p -> paragraph(html, mark("del", tokens(p))));
            inserted.subList(paired, inserted.size()).forEach(p -> paragraph(html, mark("ins", tokens(p))));
        }
        return new Html(html.toString().strip());
    }

    /** A paragraph that changed, sentence by sentence. */
    private String sentences(String before, String after) {
        List<String> old = sentencesOf(before);
        List<String> now = sentencesOf(after);
        List<String> parts = new ArrayList<>();
        for (Step step : steps(old, now, Differ::words)) {
            step.kept(now).forEach(sentence -> parts.add(HtmlEscaper.escape(sentence)));
            List<String> deleted = step.deleted(old);
            List<String> inserted = step.inserted(now);
            int paired = Math.min(deleted.size(), inserted.size());
            for (int i = 0; i < paired; i++) {
                parts.add(words(deleted.get(i), inserted.get(i)));
            }
            deleted.subList(paired, deleted.size()).forEach(sentence -> parts.add(mark("del", tokens(sentence))));
            inserted.subList(paired, inserted.size()).forEach(sentence -> parts.add(mark("ins", tokens(sentence))));
        }
        return String.join(" ", parts);
    }

    /** A sentence that changed, word by word, or whole when it was rewritten. */
    private String words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<String> oldKeys = old.stream().map(Redline::tokenKey).toList();
        List<String> nowKeys = now.stream().map(Redline::tokenKey).toList();
        double enoughKept = MIN_KEPT * Math.min(wordCount(old), wordCount(now));
        // Rewritten text is told apart before it is compared: comparing it word by word costs the square of its length.
        if (mostKept(oldKeys, nowKeys) < enoughKept) {
            return whole(old, now);
        }
        List<Step> steps = joined(steps(oldKeys, nowKeys, key -> key), old);
        int changed = steps.stream().mapToInt(step -> wordCount(step.deleted(old))).sum();
        if (wordCount(old) - changed < enoughKept) {
            return whole(old, now);
        }
        StringBuilder html = new StringBuilder();
        for (Step step : steps) {
            html.append(text(step.kept(now)));
            if (step.deletedCount() > 0) {
                html.append(mark("del", step.deleted(old)));
            }
            if (step.insertedCount() > 0) {
                html.append(mark("ins", step.inserted(now)));
            }
        }
        return html.toString();
    }

    /**
     * Steps with no more than one word kept between their edits made one: "a ~~b~~ c ~~d~~" in turn is
     * harder to read than the phrase replaced.
     */
    private static List<Step> joined(List<Step> steps, List<String> old) {
        List<Step> joined = new ArrayList<>();
        for (Step step : steps) {
            if (!joined.isEmpty()) {
                Step last = joined.get(joined.size() - 1);
                boolean shortGap = wordCount(old.subList(step.keptFrom(), step.oldStart())) <= 1;
                if (last.hasEdit() && step.hasEdit() && shortGap) {
                    joined.set(joined.size() - 1, new Step(last.keptFrom(), last.keptNowFrom(), last.oldStart(),
                            last.nowStart(), step.oldEnd(), step.nowEnd()));
                    continue;
                }
            }
            joined.add(step);
        }
        return joined;
    }

    private static int wordCount(List<String> tokens) {
        return (int) tokens.stream().filter(t -> !t.isBlank()).count();
    }

    private static String tokenKey(String token) {
        return token.isBlank() ? " " : token.toLowerCase(Locale.ROOT);
    }

    private static List<String> sentencesOf(String paragraph) {
        return Arrays.stream(SENTENCE_END.split(paragraph.strip())).filter(x -> !x.isBlank()).toList();
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

    /**
     * One step from {@code old} to {@code now}: what was kept (old from {@code keptFrom}, new from
     * {@code keptNowFrom}, up to the edit), then what the edit removed ({@code oldStart} to
     * {@code oldEnd}) and added ({@code nowStart} to {@code nowEnd}). The last step may have no edit.
     */
    private record Step(int keptFrom, int keptNowFrom, int oldStart, int nowStart, int oldEnd, int nowEnd) {

        <T> List<T> kept(List<T> now) {
            return now.subList(keptNowFrom, nowStart);
        }

        <T> List<T> deleted(List<T> old) {
            return old.subList(oldStart, oldEnd);
        }

        <T> List<T> inserted(List<T> now) {
            return now.subList(nowStart, nowEnd);
        }

        int deletedCount() {
            return oldEnd - oldStart;
        }

        int insertedCount() {
            return nowEnd - nowStart;
        }

        boolean hasEdit() {
            return deletedCount() + insertedCount() > 0;
        }
    }

    /**
     * The steps from {@code old} to {@code now}, items compared by {@code key}, ending with what was
     * kept after the last edit. What the two share at their start and end is set aside first, as an
     * edit leaves most of a text as it was: Myers' algorithm then runs on the part that changed, and
     * costs grow with the edit, not with the length of the text, up to {@link #MAX_COMPARED}.
     */
    private static List<Step> steps(List<String> oldItems, List<String> nowItems, Function<String, String> key) {
        List<String> old = oldItems.stream().map(key).toList();
        List<String> now = nowItems.stream().map(key).toList();
        int prefix = 0;
        int shorter = Math.min(old.size(), now.size());
        while (prefix < shorter && old.get(prefix).equals(now.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
            suffix++;
        }
        List<Step> steps = new ArrayList<>();
        int oldAt = 0;
        int nowAt = 0;
        List<String> oldMiddle = old.subList(prefix, old.size() - suffix);
        List<String> nowMiddle = now.subList(prefix, now.size() - suffix);
        if (oldMiddle.size() + nowMiddle.size() > MAX_COMPARED) {
            steps.add(new Step(0, 0, prefix, prefix, old.size() - suffix, now.size() - suffix));
            oldAt = old.size() - suffix;
            nowAt = now.size() - suffix;
        } else {
            for (AbstractDelta<String> delta : DiffUtils.diff(oldMiddle, nowMiddle).getDeltas()) {
                int oldStart = prefix + delta.getSource().getPosition();
                int nowStart = prefix + delta.getTarget().getPosition();
                int oldEnd = oldStart + delta.getSource().size();
                int nowEnd = nowStart + delta.getTarget().size();
                steps.add(new Step(oldAt, nowAt, oldStart, nowStart, oldEnd, nowEnd));
                oldAt = oldEnd;
                nowAt = nowEnd;
            }
        }
        steps.add(new Step(oldAt, nowAt, old.size(), now.size(), old.size(), now.size()));
        return steps;
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

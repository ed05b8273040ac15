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
import org.plainpolicy.render.RedlineBlocks.Block;
import org.plainpolicy.render.RedlineBlocks.Mark;
import org.plainpolicy.render.RedlineBlocks.Token;

/**
 * A redline of two texts: deletions in {@code <del>}, insertions in {@code <ins>}, each also
 * labelled in words that screen readers read out and that show without colour. The texts are the
 * blocks of a rendered section ({@link RedlineBlocks}: paragraphs, list items, headings, terms,
 * table rows), and the redline keeps them: a list stays a list, bold stays bold, a link a link.
 * Blocks are aligned first; a block changed beyond {@link #MIN_KEPT} of its words is shown removed
 * and added whole, as a rewrite reads better so than as word soup. In a block that changed less,
 * its sentences are aligned, then the words of a sentence that changed, under the same rule.
 * Capitals and spaces alone are no change and are not marked: what stayed is shown as the new text
 * writes it. The diffs are java-diff-utils' Myers algorithm, run only on what two texts do not
 * share at their ends and on blocks similar enough to pair, so that a rewrite costs a count of its
 * words, not the square of them; every piece of text is escaped here, once.
 */
final class Redline {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    /** A sentence ends at a full stop, a question or exclamation mark, or an ellipsis, before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026]$");
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

    /** Plain texts, their paragraphs a blank line apart. */
    Html of(String before, String after) {
        return of(plainBlocks(before), plainBlocks(after));
    }

    /** The blocks of a section before and after. */
    Html of(List<Block> old, List<Block> now) {
        Output html = new Output();
        for (Step step : steps(old.stream().map(Block::key).toList(), now.stream().map(Block::key).toList())) {
            step.kept(now).forEach(b -> html.block(b, text(b.tokens())));
            List<Block> deleted = step.deleted(old);
            List<Block> inserted = step.inserted(now);
            int paired = Math.min(deleted.size(), inserted.size());
            for (int i = 0; i < paired; i++) {
                Block before = deleted.get(i);
                Block after = inserted.get(i);
                if (before.kind() == after.kind() && similar(before.tokens(), after.tokens())) {
                    html.block(after, sentences(before.tokens(), after.tokens()));
                } else {
                    html.block(before, mark("del", before.tokens()));
                    html.block(after, mark("ins", after.tokens()));
                }
            }
            deleted.subList(paired, deleted.size()).forEach(b -> html.block(b, mark("del", b.tokens())));
            inserted.subList(paired, inserted.size()).forEach(b -> html.block(b, mark("ins", b.tokens())));
        }
        return new Html(html.toString().strip());
    }

    /** Whether a block kept enough of its words to be compared word by word. */
    private static boolean similar(List<Token> old, List<Token> now) {
        return mostKept(wordKeys(old), wordKeys(now)) >= MIN_KEPT * Math.max(wordCount(old), wordCount(now));
    }

    /** A block that changed, sentence by sentence, one space between them. */
    private String sentences(List<Token> before, List<Token> after) {
        List<List<Token>> old = sentencesOf(before);
        List<List<Token>> now = sentencesOf(after);
        List<String> parts = new ArrayList<>();
        for (Step step : steps(old.stream().map(Redline::key).toList(), now.stream().map(Redline::key).toList())) {
            step.kept(now).forEach(sentence -> parts.add(text(trimmed(sentence))));
            List<List<Token>> deleted = step.deleted(old);
            List<List<Token>> inserted = step.inserted(now);
            int paired = Math.min(deleted.size(), inserted.size());
            for (int i = 0; i < paired; i++) {
                parts.add(words(trimmed(deleted.get(i)), trimmed(inserted.get(i))));
            }
            deleted.subList(paired, deleted.size()).forEach(sentence -> parts.add(mark("del", trimmed(sentence))));
            inserted.subList(paired, inserted.size()).forEach(sentence -> parts.add(mark("ins", trimmed(sentence))));
        }
        return String.join(" ", parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
    }

    /** A sentence that changed, word by word, or whole when it was rewritten. */
    private String words(List<Token> old, List<Token> now) {
        List<String> oldKeys = keys(old);
        List<String> nowKeys = keys(now);
        double enoughKept = MIN_KEPT * Math.min(wordCount(old), wordCount(now));
        // Rewritten text is told apart before it is compared: comparing it word by word costs the square of its length.
        if (mostKept(oldKeys, nowKeys) < enoughKept) {
            return whole(old, now);
        }
        List<Step> steps = joined(steps(oldKeys, nowKeys), old);
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
    private static List<Step> joined(List<Step> steps, List<Token> old) {
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

    private static int wordCount(List<Token> tokens) {
        return (int) tokens.stream().filter(t -> !t.text().isBlank()).count();
    }

    private static List<String> keys(List<Token> tokens) {
        return tokens.stream().map(Token::key).toList();
    }

    private static List<String> wordKeys(List<Token> tokens) {
        return tokens.stream().filter(t -> !t.text().isBlank()).map(Token::key).toList();
    }

    private static String key(List<Token> tokens) {
        return RedlineBlocks.key(tokens);
    }

    /**
     * The sentences of a block: a sentence ends at a word ending in a full stop, a question or
     * exclamation mark, or an ellipsis, before a space; the space stays with the sentence before.
     */
    private static List<List<Token>> sentencesOf(List<Token> block) {
        List<List<Token>> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < block.size(); i++) {
            boolean end = i + 1 < block.size() && block.get(i + 1).text().isBlank()
                    && SENTENCE_END.matcher(block.get(i).text()).find();
            if (end || i == block.size() - 1) {
                int to = end ? i + 2 : i + 1;
                sentences.add(block.subList(start, to));
                start = to;
                i = to - 1;
            }
        }
        return sentences;
    }

    private String whole(List<Token> old, List<Token> now) {
        return mark("del", trimmed(old)) + " " + mark("ins", trimmed(now));
    }

    /** Without the spaces at its ends: a mark holds words, and the space after a sentence stays outside it. */
    private static List<Token> trimmed(List<Token> tokens) {
        int from = 0;
        int to = tokens.size();
        while (from < to && tokens.get(from).text().isBlank()) {
            from++;
        }
        while (to > from && tokens.get(to - 1).text().isBlank()) {
            to--;
        }
        return tokens.subList(from, to);
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
     * The steps from {@code old} to {@code now}, items compared by their keys, ending with what was
     * kept after the last edit. What the two share at their start and end is set aside first, as an
     * edit leaves most of a text as it was: Myers' algorithm then runs on the part that changed, and
     * costs grow with the edit, not with the length of the text, up to {@link #MAX_COMPARED}.
     */
    private static List<Step> steps(List<String> old, List<String> now) {
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

    private String mark(String tag, List<Token> tokens) {
        List<Token> words = trimmed(tokens);
        if (words.isEmpty()) {
            return text(tokens);
        }
        String before = tokens.get(0).text().isBlank() ? " " : "";
        String after = tokens.get(tokens.size() - 1).text().isBlank() ? " " : "";
        String label = tag.equals("del") ? "changes.deleted" : "changes.inserted";
        String end = tag.equals("del") ? "changes.deleted.end" : "changes.inserted.end";
        return before + "<" + tag + "><span class=\"visually-hidden\">[" + HtmlEscaper.escape(msg.get(label)) + " </span>"
                + text(words) + "<span class=\"visually-hidden\"> – " + HtmlEscaper.escape(msg.get(end))
                + "]</span></" + tag + ">" + after;
    }

    /** Words with their inline elements, each opened where a word enters it and closed where one leaves it. */
    static String text(List<Token> tokens) {
        StringBuilder html = new StringBuilder();
        List<Mark> open = List.of();
        for (Token token : tokens) {
            List<Mark> marks = token.marks();
            int common = 0;
            while (common < open.size() && common < marks.size() && open.get(common).equals(marks.get(common))) {
                common++;
            }
            close(html, open, common);
            for (Mark m : marks.subList(common, marks.size())) {
                html.append('<').append(m.tag());
                if (m.tag().equals("a")) {
                    html.append(" href=\"").append(HtmlEscaper.escape(m.href())).append('"');
                }
                html.append('>');
            }
            html.append(HtmlEscaper.escape(token.text()));
            open = marks;
        }
        close(html, open, 0);
        return html.toString();
    }

    private static void close(StringBuilder html, List<Mark> open, int keep) {
        for (int i = open.size() - 1; i >= keep; i--) {
            html.append("</").append(open.get(i).tag()).append('>');
        }
    }

    /** The blocks, each in the element it is on the page; the items of a list in one list. */
    private static final class Output {
        private final StringBuilder html = new StringBuilder();
        private String list = "";

        void block(Block block, String content) {
            String listTag = block.kind() == RedlineBlocks.Kind.ITEM ? block.list().substring(0, 2) : "";
            if (!list.equals(listTag)) {
                if (!list.isEmpty()) {
                    html.append("</").append(list).append(">\n");
                }
                if (!listTag.isEmpty()) {
                    html.append('<').append(listTag).append(">\n");
                }
                list = listTag;
            }
            String tag = switch (block.kind()) {
                case ITEM -> "li";
                case HEADING -> "h4";
                default -> "p";
            };
            String css = switch (block.kind()) {
                case TERM -> " class=\"redline-term\"";
                case ROW -> " class=\"redline-row\"";
                default -> "";
            };
            html.append('<').append(tag).append(css).append('>').append(content).append("</").append(tag).append(">\n");
        }

        @Override
        public String toString() {
            return list.isEmpty() ? html.toString() : html + "</" + list + ">\n";
        }
    }

    /** Plain text as blocks: a paragraph per blank-line-separated part, words with no marks. */
    private static List<Block> plainBlocks(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n\n")).map(String::strip)
                .map(p -> new Block(RedlineBlocks.Kind.PARAGRAPH, "", tokens(p).stream()
                        .map(t -> new Token(t, List.of())).toList())).toList();
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

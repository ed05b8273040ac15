package org.plainpolicy.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A section of a rendered page as the redline compares it: its blocks (paragraphs, list items,
 * item headings, terms, table rows) in the order the page shows them, each a run of words that
 * keep their emphasis, code and links. Made from the page's own markup, so that the redline shows
 * what the reader read: countries by their names, lists as lists, bold as bold.
 */
final class RedlineBlocks {

    /** What a block is on the page, and so how the redline shows it. */
    enum Kind { PARAGRAPH, HEADING, TERM, ITEM, ROW }

    /** A word or a space, with the inline elements around it, outermost first. */
    record Token(String text, List<Mark> marks) {
        String key() {
            return text.isBlank() ? " " : text.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An inline element a word sits in: its tag, and where a link leads. */
    record Mark(String tag, String href) {
    }

    /**
     * @param list the list an item belongs to ("ul" or "ol" and where it starts), so that items of one list stay together
     */
    record Block(Kind kind, String list, List<Token> tokens) {
        String key() {
            return kind.name() + ':' + RedlineBlocks.key(tokens);
        }

        boolean isEmpty() {
            return tokens.stream().allMatch(t -> t.text().isBlank());
        }
    }

    /** What a run of words is compared by: its words in lower case with the spaces between them. */
    static String key(List<Token> tokens) {
        StringBuilder key = new StringBuilder();
        tokens.forEach(t -> key.append(t.key()));
        return key.toString().strip();
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    private static final Set<String> KEPT_MARKS = Set.of("strong", "b", "em", "i", "code", "a", "sup", "sub");
    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "li", "dl", "dt", "dd", "div", "table", "thead",
            "tbody", "tfoot", "tr", "th", "td", "h1", "h2", "h3", "h4", "h5", "h6", "address", "pre", "blockquote",
            "section", "article", "header", "footer", "figure", "figcaption", "caption", "nav", "aside", "hr");

    private final UnaryOperator<String> href;

    /** @param href where a link of the page leads from the redline's page: an anchor of the page is made a link to it */
    RedlineBlocks(UnaryOperator<String> href) {
        this.href = href;
    }

    /** The blocks of {@code root}: a section without its title, or any part of a page. */
    List<Block> of(Element root) {
        List<Block> blocks = new ArrayList<>();
        children(root, blocks);
        return blocks.stream().filter(b -> !b.isEmpty()).toList();
    }

    private void children(Element parent, List<Block> blocks) {
        for (Element child : parent.children()) {
            block(child, blocks);
        }
    }

    private void block(Element el, List<Block> blocks) {
        String tag = el.tagName();
        if (el.hasClass("visually-hidden") || tag.equals("h2") && el.parent() != null
                && el.parent().hasClass("policy-section")) {
            return;
        }
        switch (tag) {
            case "ul", "ol" -> {
                String list = tag + "@" + blocks.size();
                for (Element item : el.children()) {
                    if (hasBlocks(item)) {
                        children(item, blocks);
                    } else {
                        blocks.add(new Block(Kind.ITEM, list, inline(item)));
                    }
                }
            }
            case "table", "thead", "tbody", "tfoot" -> children(el, blocks);
            case "tr" -> blocks.add(new Block(Kind.ROW, "", row(el)));
            case "h1", "h2", "h3", "h4", "h5", "h6" -> blocks.add(new Block(Kind.HEADING, "", inline(el)));
            case "dt" -> blocks.add(new Block(Kind.TERM, "", inline(el)));
            default -> {
                if (hasBlocks(el)) {
                    children(el, blocks);
                } else if (BLOCKS.contains(tag) || !el.text().isBlank()) {
                    blocks.add(new Block(Kind.PARAGRAPH, "", inline(el)));
                }
            }
        }
    }

    private static boolean hasBlocks(Element el) {
        return el.children().stream().anyMatch(c -> BLOCKS.contains(c.tagName()));
    }

    /** A table row as one line: its cells in order, " · " between them. */
    private List<Token> row(Element tr) {
        List<Token> tokens = new ArrayList<>();
        for (Element cell : tr.children()) {
            if (!tokens.isEmpty()) {
                tokens.add(new Token(" ", List.of()));
                tokens.add(new Token("·", List.of()));
                tokens.add(new Token(" ", List.of()));
            }
            tokens.addAll(inline(cell));
        }
        return tokens;
    }

    private List<Token> inline(Element el) {
        List<Token> tokens = new ArrayList<>();
        inline(el, List.of(), tokens);
        // Spaces at the ends and runs of them are the markup's, not the text's.
        List<Token> tidy = new ArrayList<>();
        for (Token t : tokens) {
            boolean space = t.text().isBlank();
            if (space && (tidy.isEmpty() || tidy.get(tidy.size() - 1).text().isBlank())) {
                continue;
            }
            tidy.add(space ? new Token(" ", t.marks()) : t);
        }
        while (!tidy.isEmpty() && tidy.get(tidy.size() - 1).text().isBlank()) {
            tidy.remove(tidy.size() - 1);
        }
        return tidy;
    }

    private void inline(Node node, List<Mark> marks, List<Token> tokens) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                Matcher m = TOKEN.matcher(text.getWholeText());
                while (m.find()) {
                    tokens.add(new Token(m.group(), marks));
                }
            } else if (child instanceof Element el) {
                if (el.hasClass("visually-hidden")) {
                    continue;
                }
                if (el.tagName().equals("br")) {
                    tokens.add(new Token(" ", marks));
                    continue;
                }
                List<Mark> inner = marks;
                if (KEPT_MARKS.contains(el.tagName())) {
                    inner = new ArrayList<>(marks);
                    inner.add(new Mark(el.tagName(), el.tagName().equals("a") ? href.apply(el.attr("href")) : ""));
                    inner = List.copyOf(inner);
                }
                inline(el, inner, tokens);
            }
        }
    }
}

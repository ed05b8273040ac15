package org.plainpolicy.validate.plain;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Markdown as a reader reads it: plain paragraphs, one per block and one per list item. */
public final class PlainText {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().stripNewlines(true).build();

    private PlainText() {
    }

    /** The paragraphs of {@code markdown}; a list item starts with "- ". */
    public static List<String> paragraphs(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        for (Node block = PARSER.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    List<String> parts = new ArrayList<>();
                    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                        parts.add(PLAIN.render(child).strip());
                    }
                    paragraphs.add("- " + String.join(" ", parts).strip());
                }
            } else {
                String text = PLAIN.render(block).strip();
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
        }
        return paragraphs;
    }

    /** The paragraphs joined by blank lines. */
    public static String of(String markdown) {
        return String.join("\n\n", paragraphs(markdown));
    }
}

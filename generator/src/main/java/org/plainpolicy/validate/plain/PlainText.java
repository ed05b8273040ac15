package org.plainpolicy.validate.plain;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.plainpolicy.load.MarkdownSyntax;

/**
 * Markdown as a reader reads it: plain paragraphs, one per block, one per list item and one per
 * row of a table (its cells joined by semicolons, as a screen reader reads a row).
 */
public final class PlainText {

    private static final Parser PARSER = MarkdownSyntax.PARSER;
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().extensions(MarkdownSyntax.EXTENSIONS)
            .stripNewlines(true).build();

    private PlainText() {
    }

    /** The paragraphs of {@code markdown}; a list item starts with "- ". */
    public static List<String> paragraphs(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        for (Node block = PARSER.parse(markdown).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof TableBlock table) {
                rows(table, paragraphs);
            } else if (block instanceof ListBlock list) {
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

    private static void rows(TableBlock table, List<String> paragraphs) {
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        StringBuilder content = new StringBuilder();
                        for (Node inline = cell.getFirstChild(); inline != null; inline = inline.getNext()) {
                            content.append(PLAIN.render(inline));
                        }
                        String text = content.toString().strip();
                        if (!text.isEmpty()) {
                            cells.add(text);
                        }
                    }
                }
                if (!cells.isEmpty()) {
                    paragraphs.add(String.join("; ", cells));
                }
            }
        }
    }

    /** The paragraphs joined by blank lines. */
    public static String of(String markdown) {
        return String.join("\n\n", paragraphs(markdown));
    }
}

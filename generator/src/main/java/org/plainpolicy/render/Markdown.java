package org.plainpolicy.render;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * CommonMark for the policy's text fields: raw HTML is escaped, never passed through, and links
 * keep only the schemes the format allows (http, https, mailto, relative). Safe to share.
 */
public final class Markdown {

    private static final List<String> SCHEMES = List.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(SCHEMES))
            .build();

    /** Block Markdown: paragraphs, lists, emphasis, links. */
    public Html block(String markdown) {
        return new Html(renderer.render(parser.parse(markdown)).strip());
    }

    /**
     * Markdown for a short field shown inside a sentence or a table cell: a single paragraph is
     * rendered without its {@code <p>}.
     */
    public Html inline(String markdown) {
        Node document = parser.parse(markdown);
        Node first = document.getFirstChild();
        if (first instanceof Paragraph && first.getNext() == null) {
            StringBuilder html = new StringBuilder();
            for (Node child = first.getFirstChild(); child != null; child = child.getNext()) {
                html.append(renderer.render(child));
            }
            return new Html(html.toString().strip());
        }
        return new Html(renderer.render(document).strip());
    }
}

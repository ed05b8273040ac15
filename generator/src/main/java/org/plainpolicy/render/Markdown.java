package org.plainpolicy.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.html.UrlSanitizer;
import org.plainpolicy.load.MarkdownLimits;
import org.plainpolicy.load.MarkdownSyntax;

/**
 * CommonMark for the policy's text fields: raw HTML is escaped, never passed through, and links
 * keep only the schemes the format allows (http, https, mailto, relative). Safe to share.
 *
 * <p>The loader refuses images, links without a scheme and deep nesting in policy text
 * ({@link MarkdownLimits}); this renderer holds to the same rules for any text it is given, as a
 * second line of defence: an image shows as its description, a link without a scheme points
 * nowhere, and text nested too deep to render without overflowing the stack shows as plain text.
 */
public final class Markdown {

    private static final List<String> SCHEMES = List.of("http", "https", "mailto");

    private final Parser parser = MarkdownSyntax.PARSER;
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            // Before the extension: of two renderers for one node, the first one given renders it.
            .nodeRendererFactory(AccessibleTable::new)
            .extensions(MarkdownSyntax.EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new SchemeRequired(new DefaultUrlSanitizer(SCHEMES)))
            .nodeRendererFactory(ImageAsDescription::new)
            .attributeProviderFactory(context -> new HeaderScope())
            .build();

    /** Block Markdown: paragraphs, lists, emphasis, links, tables. */
    public Html block(String markdown) {
        Node document = parser.parse(markdown);
        captionTables(document);
        if (MarkdownLimits.tooDeep(document)) {
            return new Html("<p>" + HtmlEscaper.escape(markdown.strip()) + "</p>");
        }
        return new Html(renderer.render(document).strip());
    }

    /**
     * Markdown for a short field shown inside a sentence or a table cell: a single paragraph is
     * rendered without its {@code <p>}.
     */
    public Html inline(String markdown) {
        Node document = parser.parse(markdown);
        if (MarkdownLimits.tooDeep(document)) {
            return new Html(HtmlEscaper.escape(markdown.strip()));
        }
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

    /** The default sanitizer, and no address that starts with two slashes: it would borrow the page's scheme. */
    private record SchemeRequired(UrlSanitizer schemes) implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return MarkdownLimits.schemeLess(url) ? "" : schemes.sanitizeLinkUrl(url);
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return MarkdownLimits.schemeLess(url) ? "" : schemes.sanitizeImageUrl(url);
        }
    }

    /**
     * A heading right before a table names it: it becomes the table's caption, so that a screen
     * reader announces the table by its name, and is not said twice.
     */
    private static void captionTables(Node document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof TableBlock table && table.getPrevious() instanceof Heading heading) {
                Caption caption = new Caption();
                for (Node child = heading.getFirstChild(); child != null; ) {
                    Node next = child.getNext();
                    caption.appendChild(child);
                    child = next;
                }
                heading.unlink();
                table.prependChild(caption);
            }
        }
    }

    /** The caption of a table: the text of the heading it replaces. */
    static final class Caption extends CustomNode {
    }

    /**
     * A table in a frame that scrolls on its own on a narrow screen (the theme's {@code table-wrap}),
     * with its caption first; its head, body, rows and cells are the extension's.
     */
    private record AccessibleTable(HtmlNodeRendererContext context) implements NodeRenderer {

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TableBlock.class, Caption.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
            if (node instanceof Caption) {
                html.tag("caption");
                renderChildren(node);
                html.tag("/caption");
                return;
            }
            html.line();
            // A frame that scrolls must be reachable by keyboard (WCAG 2.1.1). It is no landmark: the section
            // around it is one already, and the table's caption names the table.
            html.raw("<div class=\"table-wrap\" tabindex=\"0\">");
            html.tag("table");
            renderChildren(node);
            html.tag("/table");
            html.raw("</div>");
            html.line();
        }

        private void renderChildren(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
        }
    }

    /** A header cell says it heads its column. */
    private static final class HeaderScope implements AttributeProvider {

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof TableCell cell && cell.isHeader()) {
                attributes.put("scope", "col");
            }
        }
    }

    /** An image is never shown, so nothing is fetched from another site: its description stands in its place. */
    private record ImageAsDescription(HtmlNodeRendererContext context) implements NodeRenderer {

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node image) {
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }
}

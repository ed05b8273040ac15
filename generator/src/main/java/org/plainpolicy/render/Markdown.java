package org.plainpolicy.render;

import java.util.List;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.plainpolicy.load.MarkdownLimits;

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

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new SchemeRequired(new DefaultUrlSanitizer(SCHEMES)))
            .nodeRendererFactory(ImageAsDescription::new)
            .build();

    /** Block Markdown: paragraphs, lists, emphasis, links. */
    public Html block(String markdown) {
        Node document = parser.parse(markdown);
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

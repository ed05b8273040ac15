package org.plainpolicy.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.plainpolicy.model.Paper;
import org.plainpolicy.model.PolicyVersion;

/**
 * The PDF of one version in one language, {@code versions/<id>/policy.pdf}: the view its page shows,
 * through the theme's {@code pdf.html.vm} and {@code pdf.css}, laid out by {@link PolicyPdf} on the
 * site's paper, with the page numbers in the version's language and a bookmark per section.
 */
final class VersionPdf {

    private static final String PAGE = "\uE000";
    private static final String PAGES = "\uE001";

    private VersionPdf() {
    }

    /**
     * @param view the view of the version's own page, so that the PDF shows what the page shows
     * @param page the version page's path, which the view's links were made for
     */
    static OutputFile render(LanguageSite site, String path, String page, VersionView view, PolicyVersion v) {
        Messages msg = site.messages();
        String siteName = site.project().site().name().orElse("");
        String title = msg.format("page.version.title", view.title(), view.effective());
        OutputFile html = site.renderFile(path, "pdf.html.vm", Map.of("v", view.withoutPdfLink(), "lang", v.language(),
                "siteName", siteName, "title", siteName.isEmpty() ? title : title + " – " + siteName,
                "subject", msg.format("pdf.version", view.effective())));
        Document doc = Jsoup.parse(new String(html.content(), StandardCharsets.UTF_8));
        // Print shows where a link to elsewhere goes: marked before the site's own links become absolute.
        doc.select("main a[href^=http], main a[href^=mailto:]").addClass("external");
        Optional<String> pageUrl = site.address(page);
        EmbedLinks.rewrite(doc.body(), pageUrl, page, path);
        doc.head().appendElement("style").appendChild(new DataNode(
                new String(site.themeFile("pdf.css"), StandardCharsets.UTF_8)
                        + pageBox(site.project().site().paper(), msg)));
        inlineListsAsText(doc);
        describeLinks(doc);
        bookmarks(doc);
        return new OutputFile(path, PolicyPdf.render(doc, pageUrl.orElse("")));
    }

    /** The paper and the page numbers, "Page 3 of 12" as the language says it. */
    private static String pageBox(Paper paper, Messages msg) {
        // The message is formatted with markers where the numbers go, then cut at the markers.
        String text = msg.format("pdf.page", PAGE, PAGES);
        StringBuilder content = new StringBuilder();
        for (String part : text.split("(?=[" + PAGE + PAGES + "])|(?<=[" + PAGE + PAGES + "])")) {
            content.append(part.equals(PAGE) ? "counter(page)" : part.equals(PAGES) ? "counter(pages)"
                    : cssString(part)).append(' ');
        }
        return "\n@page { size: " + paper.cssSize() + "; @bottom-right { content: " + content.toString().trim()
                + "; font-family: \"" + PolicyPdf.FONT_FAMILY + "\"; font-size: 8pt; } }\n";
    }

    private static String cssString(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                s.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    /**
     * A list the page shows on one line ("Account details, Billing details") becomes the line it
     * shows: openhtmltopdf tags an item only when it is laid out as a list item, and leaves the
     * words of an inline one out of the structure tree, which PDF/UA forbids.
     */
    private static void inlineListsAsText(Document doc) {
        for (Element list : doc.select("ul.inline-list, ol.inline-list")) {
            Element line = new Element("p").addClass("inline-list");
            boolean first = true;
            for (Element item : list.children()) {
                if (!first) {
                    line.appendText(", ");
                }
                first = false;
                line.appendChildren(item.childNodesCopy());
            }
            list.replaceWith(line);
        }
    }

    /**
     * PDF/UA asks each link for a description: the link's words, with those the page gives to
     * screen readers alone ("Details – Who we are"), which a PDF cannot hide otherwise.
     */
    private static void describeLinks(Document doc) {
        for (Element link : doc.select("a[href]")) {
            if (!link.hasAttr("title")) {
                link.attr("title", link.text());
            }
            link.select(".visually-hidden").remove();
        }
    }

    /** A bookmark for the title and each section, in the order of the page. */
    private static void bookmarks(Document doc) {
        Element bookmarks = doc.head().appendElement("bookmarks");
        for (Element heading : doc.select("main h1, main h2[id]")) {
            if (heading.closest(".toc") != null) {
                continue;
            }
            String id = heading.id();
            if (id.isEmpty()) {
                id = "pdf-title";
                heading.id(id);
            }
            bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + id);
        }
    }
}

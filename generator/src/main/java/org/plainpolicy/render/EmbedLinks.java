package org.plainpolicy.render;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The links of a fragment, made to work wherever a host page places it. A link within the policy
 * ({@code #purpose-billing}) stays as it is: the fragment holds its anchor. Every other link, the
 * page's own and those the editor wrote in Markdown, is made absolute against the version page's
 * address; without a baseUrl, it is made relative to the fragment's place in the site instead.
 */
final class EmbedLinks {

    private static final String STAND_IN = "https://plainpolicy.invalid/";

    private EmbedLinks() {
    }

    /**
     * @param pageUrl  the version page's address, from baseUrl, when the site has one
     * @param page     the version page's path in the site, which the fragment's links were made for
     * @param fragment the fragment's path in the site
     */
    static String rewrite(String html, Optional<String> pageUrl, String page, String fragment) {
        Document doc = Jsoup.parseBodyFragment(html, "");
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        rewrite(doc.body(), pageUrl, page, fragment);
        return doc.body().html() + "\n";
    }

    /**
     * The same for the links under {@code root}, in place.
     *
     * @param at the path in the site of the file that holds them
     */
    static void rewrite(Element root, Optional<String> pageUrl, String page, String at) {
        // A base that is no address of the site's: only the links' own paths decide where they resolve.
        String base = pageUrl.orElse(STAND_IN + page);
        root.setBaseUri(base);
        for (Element link : root.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#")) {
                continue;
            }
            String absolute = link.absUrl("href");
            if (absolute.isEmpty()) {
                continue;
            }
            link.attr("href", pageUrl.isPresent() ? absolute : relativeTo(absolute, at));
        }
    }

    /** A link resolved against the stand-in base, as a path from the directory of {@code at}. */
    private static String relativeTo(String absolute, String at) {
        return absolute.startsWith(STAND_IN) ? SitePaths.relative(at, absolute.substring(STAND_IN.length()))
                : absolute;
    }
}

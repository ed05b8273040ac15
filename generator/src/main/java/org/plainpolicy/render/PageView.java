package org.plainpolicy.render;

import java.util.List;

/**
 * What the layout needs to know of a page: its language, title, address and links.
 *
 */
public record PageView(
        String language,
        String title,
        String siteName,
        String canonical,
        String stylesheet,
        String homeHref,
        String archiveHref,
        List<Alternate> languages,
        List<Banner> banners,
        String jsonLd) {

    /** The same page, linking the JSON-LD of its version ({@code <link rel="alternate">}). */
    public PageView withJsonLd(String href) {
        return new PageView(language, title, siteName, canonical, stylesheet, homeHref, archiveHref, languages, banners,
                href);
    }

    /** The same page in another language, or that language's current version when the page does not exist there. */
    public record Alternate(String language, String name, String href, boolean current, boolean samePage) {
    }

    /** A notice at the top of the page: a version no longer in effect, or one to come. */
    public record Banner(String kind, String text, String href, String linkText) {
    }
}

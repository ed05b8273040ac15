package org.plainpolicy.render;

/**
 * Where each page of the site lives (spec section 7): the default language at the root, the
 * others under {@code <lang>/}. Links between pages are relative and name {@code index.html}
 * explicitly, so that they work from {@code file://} as well as from any web server.
 */
public final class SitePaths {

    private final String defaultLanguage;

    public SitePaths(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public String root(String language) {
        return language.equals(defaultLanguage) ? "" : language + "/";
    }

    public String current(String language) {
        return root(language) + "index.html";
    }

    public String archive(String language) {
        return root(language) + "versions/index.html";
    }

    public String version(String language, String id) {
        return root(language) + "versions/" + id + "/index.html";
    }

    public String changes(String language, String id) {
        return root(language) + "changes/" + id + "/index.html";
    }

    public String notice(String language, String id, String extension) {
        return root(language) + "notices/" + id + "." + extension;
    }

    public String readability(String language, String id) {
        return root(language) + "readability/" + id + "/index.html";
    }

    public String feed(String language) {
        return root(language) + "feed.xml";
    }

    /** The version in DPV JSON-LD, beside its page. */
    public String jsonLd(String language, String id) {
        return root(language) + "versions/" + id + "/policy.jsonld";
    }

    /** The version as a tagged PDF, beside its page. */
    public String pdf(String language, String id) {
        return root(language) + "versions/" + id + "/policy.pdf";
    }

    /** The current version as a fragment to place in another page. */
    public String embedCurrent(String language) {
        return root(language) + "embed/index.html";
    }

    /** Version {@code id} as a fragment. */
    public String embed(String language, String id) {
        return root(language) + "embed/" + id + ".html";
    }

    /** The fragments' stylesheet, every rule scoped to {@code .plainpolicy}: one file at the root. */
    public String embedStylesheet() {
        return "embed/embed.css";
    }

    /** Every version of every language, for apps: one file at the root. */
    public String versionsJson() {
        return "versions.json";
    }

    /** The current version as a fideslang manifest, in the default language: one file at the root. */
    public String fides() {
        return "fides.yaml";
    }

    public String stylesheet() {
        return "assets/style.css";
    }

    /** The link from the page at {@code from} to the file at {@code to}, both relative to the site root. */
    public static String relative(String from, String to) {
        int depth = (int) from.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + to;
    }

    /** The address a page is published at: {@code index.html} is left out, as servers serve it for a directory. */
    public static String canonical(String baseUrl, String path) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
    }
}

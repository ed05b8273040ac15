package org.plainpolicy.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The check of every page a build renders: no script, no event handler, no embedded frame or
 * object, no form, no base or refresh, no link or source with a scheme that can run code or
 * carry a page of its own. Policy text cannot make any of these (it is escaped, and its Markdown
 * is made safe); the theme has none; so one found comes from a template of {@code templates/},
 * and the site is not published. No setting allows them.
 */
public final class SafeMarkup {

    private static final String ELEMENTS =
            "script, iframe, frame, frameset, object, embed, applet, base, form, meta[http-equiv]";
    private static final Pattern RUNS_CODE = Pattern.compile("^(javascript|vbscript|data|file):.*");
    private static final List<String> LINKS = List.of("href", "src", "action", "formaction", "xlink:href",
            "srcset", "poster", "data");

    private SafeMarkup() {
    }

    /** What is unsafe in the page {@code html}, each as a few words; empty when it is safe. */
    public static List<String> problems(String html) {
        return problems(Jsoup.parse(html));
    }

    public static List<String> problems(Document doc) {
        List<String> problems = new ArrayList<>();
        for (Element e : doc.select(ELEMENTS)) {
            problems.add("a <" + e.tagName() + "> element");
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                if (name.startsWith("on")) {
                    problems.add("an event handler " + name + " on <" + e.tagName() + ">");
                }
                if (LINKS.contains(name) && RUNS_CODE.matcher(value).matches()) {
                    problems.add("a " + value.substring(0, value.indexOf(':') + 1) + " address in " + name
                            + " on <" + e.tagName() + ">");
                }
                if (name.equals("style") && (value.contains("expression(") || value.contains("url(javascript"))) {
                    problems.add("script in the style of <" + e.tagName() + ">");
                }
            }
        }
        return problems;
    }
}

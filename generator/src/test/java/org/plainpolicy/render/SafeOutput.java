package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The check run after every build of the test suite: no page of the site carries a script, an
 * event handler, an embedded frame or object, or a link or source with a scheme that can run code.
 * The template's own markup has none of these, so there is nothing to exempt.
 */
public final class SafeOutput {

    private SafeOutput() {
    }

    public static void assertSafe(Path site) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                problems.addAll(problems(site.relativize(page).toString(), Jsoup.parse(Files.readString(page))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), problems, "unsafe markup in the built site");
    }

    static List<String> problems(String page, Document doc) {
        List<String> problems = new ArrayList<>();
        for (Element e : doc.select("script, iframe, frame, object, embed, applet, base, form, meta[http-equiv]")) {
            problems.add(page + ": <" + e.tagName() + ">");
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s", "");
                if (name.startsWith("on")) {
                    problems.add(page + ": " + name + " on <" + e.tagName() + ">");
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction"))
                        && value.matches("^(javascript|vbscript|data|file):.*")) {
                    problems.add(page + ": " + name + "=\"" + a.getValue() + "\" on <" + e.tagName() + ">");
                }
                if (name.equals("style") && value.contains("expression(") || value.contains("url(javascript")) {
                    problems.add(page + ": script in style on <" + e.tagName() + ">");
                }
            }
        }
        return problems;
    }
}

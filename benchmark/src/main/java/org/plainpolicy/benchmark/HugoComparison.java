package org.plainpolicy.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The same pages made by a general static site generator, Hugo, on the same machine in the same
 * run: a Hugo project with one Markdown page for each version page and each changes page of the
 * site Plain Policy built (the same words), in a layout like ours. Hugo renders the pages and
 * nothing else (no checks, no diffs, no readability reports, no notices or feeds): the floor for
 * writing this many pages of this size with a tool built for speed.
 */
final class HugoComparison {

    private static final Pattern BLOCK_END = Pattern.compile("</(p|li|h[1-6]|dt|dd|tr|table|section)>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final String CONFIG = """
            baseURL = "https://synthetic.example/privacy/"
            title = "Synthetic"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            [markup.goldmark.renderer]
            unsafe = false
            [markup.tableOfContents]
            startLevel = 2
            endLevel = 3
            """;
    private static final String SINGLE = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} · {{ .Site.Title }}</title><link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
            <body><a class="skip" href="#main">Skip to the policy</a>
            <header><p>{{ .Site.Title }}</p><nav><a href="{{ "" | relURL }}">Current policy</a></nav></header>
            <main id="main"><h1>{{ .Title }}</h1><nav aria-label="Contents">{{ .TableOfContents }}</nav>
            {{ .Content }}</main>
            <footer><p>{{ .Date.Format "2 January 2006" }}</p></footer></body></html>
            """;
    private static final String LIST = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
            <body><main><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>
            """;

    private HugoComparison() {
    }

    /**
     * Writes the Hugo project for the pages of {@code site} under {@code work}, runs Hugo on it and
     * returns its wall time in milliseconds, process start included; empty when Hugo is not installed.
     *
     * @return the time, and the number of pages given to Hugo in {@code pages[0]}
     */
    static OptionalLong run(Path site, Path work, int[] pages) throws IOException, InterruptedException {
        Path project = work.resolve("hugo");
        Files.createDirectories(project.resolve("layouts/_default"));
        Files.writeString(project.resolve("hugo.toml"), CONFIG);
        Files.writeString(project.resolve("layouts/_default/single.html"), SINGLE);
        Files.writeString(project.resolve("layouts/_default/list.html"), LIST);
        Files.writeString(project.resolve("layouts/index.html"), LIST);
        int count = 0;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList()) {
                String path = site.relativize(page).toString().replace('\\', '/');
                if (!path.matches("([a-z]{2}/)?(versions|changes)/[0-9-]+/index.html")) {
                    continue;
                }
                String html = Files.readString(page, StandardCharsets.UTF_8);
                Path markdown = project.resolve("content").resolve(path.replace("/index.html", ".md"));
                Files.createDirectories(markdown.getParent());
                Files.writeString(markdown, "---\ntitle: \"" + path + "\"\ndate: 2020-01-01\n---\n\n" + text(html),
                        StandardCharsets.UTF_8);
                count++;
            }
        }
        pages[0] = count;
        long start = System.nanoTime();
        Process hugo;
        try {
            hugo = new ProcessBuilder(List.of("hugo", "--quiet", "--source", project.toString(), "--destination",
                    project.resolve("public").toString())).redirectErrorStream(true).start();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        String output = new String(hugo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (hugo.waitFor() != 0) {
            throw new IllegalStateException("hugo failed:\n" + output);
        }
        return OptionalLong.of((System.nanoTime() - start) / 1_000_000);
    }

    /** The words of a page's main part, as Markdown paragraphs, with a heading for each section. */
    private static String text(String html) {
        int start = html.indexOf("<main");
        int end = html.indexOf("</main>");
        String main = start >= 0 && end > start ? html.substring(start, end) : html;
        main = main.replaceAll("<h2[^>]*>", "\n\n## ").replaceAll("<h3[^>]*>", "\n\n### ");
        main = BLOCK_END.matcher(main).replaceAll("\n\n");
        main = TAG.matcher(main).replaceAll("");
        main = main.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        StringBuilder markdown = new StringBuilder();
        for (String line : (Iterable<String>) main.lines().map(String::strip)::iterator) {
            boolean blank = line.isEmpty();
            if (!blank || markdown.length() > 0 && markdown.charAt(markdown.length() - 1) != '\n'
                    || markdown.length() > 1 && markdown.charAt(markdown.length() - 2) != '\n') {
                markdown.append(line).append('\n');
            }
        }
        return markdown.toString();
    }
}

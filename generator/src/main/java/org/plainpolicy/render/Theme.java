package org.plainpolicy.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.jsoup.Jsoup;
import org.plainpolicy.internal.Once;
import org.plainpolicy.load.ProjectFiles;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;

/**
 * The templates, stylesheet and messages a site is made with: the default theme from the
 * classpath (module site-template), with any file of the project's {@code templates/} directory
 * taking the place of the theme's file of the same name. Every file of {@code templates/} is read
 * under the rule of {@link ProjectFiles}. One Velocity engine, configured once: every printed
 * value escaped, strict references, no access to Java beyond the values given, {@code #parse} and
 * {@code #include} limited to template names ({@link TemplateNames}), and every page checked for
 * unsafe markup ({@link SafeMarkup}). A problem is a {@link ThemeException} with its findings.
 */
public final class Theme {

    /** Where a finding about a file of the default theme points: the theme is not in the project. */
    private static final Path THEME = Path.of("theme");

    /** Set up when first used: {@code validate} reads the messages and renders nothing. */
    private final Once<VelocityEngine> engine = new Once<>(() -> engine(true));
    /** For plain-text files (a notice e-mail's text part): no HTML escaping, everything else alike. */
    private final Once<VelocityEngine> textEngine = new Once<>(() -> engine(false));
    private final Optional<Path> overrides;
    private final ProjectFiles files;
    private final Map<String, Messages> messages = new HashMap<>();
    /** Which template names templates/ overrides, looked up once each: every page asks for several. */
    private final Map<String, Optional<Path>> overriddenByName = new ConcurrentHashMap<>();

    private Theme(Optional<Path> overrides, ProjectFiles files) {
        this.overrides = overrides;
        this.files = files;
    }

    /** The default theme, with the overrides of {@code templatesDirectory} when it exists. */
    public static Theme load(Path templatesDirectory) {
        Path templates = templatesDirectory.toAbsolutePath().normalize();
        ProjectFiles files = ProjectFiles.in(Optional.ofNullable(templates.getParent()).orElse(templates));
        return new Theme(Files.isDirectory(templates) ? Optional.of(templates) : Optional.empty(), files);
    }

    private VelocityEngine engine(boolean escapeHtml) {
        VelocityEngine velocity = new VelocityEngine();
        velocity.setProperty(RuntimeConstants.RESOURCE_LOADERS, overrides.isPresent() ? "project,theme" : "theme");
        overrides.ifPresent(dir -> velocity.setProperty("resource.loader.project.instance",
                new ProjectTemplateLoader(files, dir)));
        velocity.setProperty("resource.loader.theme.class", ThemeResourceLoader.class.getName());
        // A theme does not change during a build: parse each template once, not once per page.
        for (String loader : List.of("project", "theme")) {
            velocity.setProperty("resource.loader." + loader + ".cache", "true");
            velocity.setProperty("resource.loader." + loader + ".modification_check_interval", "-1");
        }
        velocity.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        velocity.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        // So that an error in a #parse-d template names the line of the #parse.
        velocity.setProperty(RuntimeConstants.RUNTIME_LOG_TRACK_LOCATION, "true");
        velocity.setProperty(RuntimeConstants.EVENTHANDLER_INCLUDE, IncludeGuard.class.getName());
        if (escapeHtml) {
            velocity.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapingHandler.class.getName());
        }
        velocity.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME,
                "org.apache.velocity.util.introspection.SecureUberspector");
        velocity.init();
        return velocity;
    }

    /**
     * Renders the template {@code name} (such as {@code version.vm}) with the given values, noting
     * in {@code used} the templates it took. Every value printed is HTML-escaped, except in
     * templates named {@code *.txt.vm}, which make plain text.
     */
    private String render(String name, Map<String, Object> values, Set<String> used) {
        used.add(name);
        VelocityContext context = new VelocityContext(new HashMap<>(values));
        context.put(IncludeGuard.USED, used);
        StringWriter out = new StringWriter();
        try {
            Template template = (name.endsWith(".txt.vm") ? textEngine : engine).get().getTemplate(name, "UTF-8");
            template.merge(context, out);
        } catch (VelocityException e) {
            throw new ThemeException(List.of(TemplateProblems.of(e, name, this::source)));
        }
        return out.toString();
    }

    /**
     * The page {@code path}: the template {@code name} rendered as the body of the layout, then
     * checked by {@link SafeMarkup}.
     */
    public String page(String path, String name, Map<String, Object> values) {
        Set<String> bodyTemplates = new LinkedHashSet<>();
        Html body = new Html(render(name, values, bodyTemplates));
        Map<String, Object> withBody = new HashMap<>(values);
        withBody.put("content", body);
        Set<String> layoutTemplates = new LinkedHashSet<>();
        String html = render("layout.vm", withBody, layoutTemplates);
        if (!madeWithProjectTemplates(bodyTemplates) && !madeWithProjectTemplates(layoutTemplates)) {
            return html;
        }
        List<String> problems = SafeMarkup.problems(html);
        if (!problems.isEmpty()) {
            // The body alone tells whether the layout or the body template made it.
            boolean inBody = !SafeMarkup.problems(Jsoup.parseBodyFragment(body.html())).isEmpty();
            throw unsafe(path, problems, inBody ? bodyTemplates : layoutTemplates);
        }
        return html;
    }

    /** A file that is not a page (a notice, the feed) from its own template; an HTML one is checked too. */
    public String document(String path, String name, Map<String, Object> values) {
        Set<String> used = new LinkedHashSet<>();
        String text = render(name, values, used);
        if (name.endsWith(".html.vm") && madeWithProjectTemplates(used)) {
            List<String> problems = SafeMarkup.problems(text);
            if (!problems.isEmpty()) {
                throw unsafe(path, problems, used);
            }
        }
        return text;
    }

    private ThemeException unsafe(String path, List<String> problems, Set<String> templates) {
        // The theme's own templates are safe: the first template of templates/ among those used made it.
        String culprit = templates.stream().filter(t -> overridden(t).isPresent()).findFirst()
                .orElse(templates.iterator().next());
        return new ThemeException(List.of(Finding.error(source(culprit), "the page " + path + " made with "
                + culprit + " would have " + String.join(", ", new LinkedHashSet<>(problems)) + "; a template may "
                + "change the layout and the markup, but may not publish script, event handlers, frames, objects, "
                + "forms or javascript: and data: addresses", TemplateProblems.REFERENCE)));
    }

    /** The file a template name stands for: the project's override, or the theme's own. */
    private Position source(String name) {
        return Position.startOf(overridden(name).orElse(THEME.resolve(name)));
    }

    /**
     * Whether a project template took part. The theme's own templates and the Markdown renderer
     * make no unsafe markup (the test suite checks every page of every build it makes, and the
     * renderer is fuzzed), so a page made with them alone is not parsed again: the check costs a
     * project without templates nothing.
     */
    private boolean madeWithProjectTemplates(Set<String> used) {
        return overrides.isPresent() && used.stream().anyMatch(t -> overridden(t).isPresent());
    }

    private Optional<Path> overridden(String name) {
        return overriddenByName.computeIfAbsent(name, n -> overrides.filter(dir -> TemplateNames.isTemplate(n))
                .map(dir -> dir.resolve(n)).filter(ProjectFiles::present));
    }

    /**
     * Parses the project's template {@code name} without rendering it, for the theme check.
     *
     * @return the template, or empty after {@code findings} has been given its syntax error or refusal
     */
    Optional<Template> parse(String name, List<Finding> findings) {
        try {
            return Optional.of(engine.get().getTemplate(name, "UTF-8"));
        } catch (VelocityException e) {
            findings.add(TemplateProblems.of(e, name, this::source));
            return Optional.empty();
        }
    }

    /** Whether {@code templates/} or the theme has the template {@code name}. */
    boolean hasTemplate(String name) {
        return TemplateNames.isTemplate(name) && (overridden(name).isPresent()
                || ThemeResourceLoader.class.getClassLoader().getResource(ThemeResourceLoader.BASE + name) != null);
    }

    /** A static file of the theme, such as {@code style.css}, overridden like the templates. */
    public byte[] file(String name) {
        Optional<Path> override = overrides.map(dir -> dir.resolve(name)).filter(ProjectFiles::present);
        if (override.isPresent()) {
            return overrideText(override.get()).getBytes(StandardCharsets.UTF_8);
        }
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a file of {@code templates/}, under the rule, or the finding that refuses it. */
    private String overrideText(Path file) {
        List<String> problems = new ArrayList<>();
        return files.read(file, ProjectFiles.MAX_TEMPLATE_BYTES, problems)
                .flatMap(bytes -> ThemeText.utf8(bytes, file, problems))
                .orElseThrow(() -> new ThemeException(List.of(Finding.error(Position.startOf(file), problems.get(0),
                        TemplateProblems.REFERENCE))));
    }

    /** Whether the theme or the project has the site's words in {@code language}. */
    public boolean speaks(String language) {
        return ThemeBundle.ships(language) || messagesOverride(language).isPresent();
    }

    static String messagesFile(String language) {
        return "messages_" + language + ".properties";
    }

    /** The project's messages file of {@code language}, when it has one. */
    Optional<Path> messagesOverride(String language) {
        return overrides.map(dir -> dir.resolve(messagesFile(language))).filter(ProjectFiles::present);
    }

    ProjectFiles files() {
        return files;
    }

    /**
     * The messages of {@code language}: the theme's bundle of that language, then the project's
     * file's keys on top. There is no other fallback: a language the theme does not ship has the
     * project's words alone, which the check requires to be complete ({@link MessageFile}).
     */
    public synchronized Messages messages(String language) {
        return messages.computeIfAbsent(language, this::readMessages);
    }

    private Messages readMessages(String language) {
        Map<String, String> texts = new HashMap<>(ThemeBundle.texts(language).orElse(Map.of()));
        Optional<Path> override = messagesOverride(language);
        if (override.isPresent()) {
            MessageFile.Read read = MessageFile.read(files, override.get(), language);
            List<Finding> errors = read.findings().stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                throw new ThemeException(errors);
            }
            texts.putAll(read.texts());
        }
        Path source = override.orElse(THEME.resolve(messagesFile(language)));
        return new Messages(language, texts, Position.startOf(source));
    }

    private static InputStream resource(String name) {
        InputStream in = ThemeResourceLoader.class.getClassLoader().getResourceAsStream(ThemeResourceLoader.BASE + name);
        if (in == null) {
            throw new IllegalStateException("the default theme has no file '" + name + "'");
        }
        return in;
    }
}

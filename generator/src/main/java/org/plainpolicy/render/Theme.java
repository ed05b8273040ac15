package org.plainpolicy.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.FileResourceLoader;

/**
 * The templates, stylesheet and messages a site is made with: the default theme from the
 * classpath (module site-template), with any file of the project's {@code templates/} directory
 * taking the place of the theme's file of the same name. One Velocity engine, configured once:
 * every printed value escaped, strict references, no access to Java beyond the values given.
 */
public final class Theme {

    private final VelocityEngine engine;
    /** For plain-text files (a notice e-mail's text part): no HTML escaping, everything else alike. */
    private final VelocityEngine textEngine;
    private final Optional<Path> overrides;
    private final Map<String, Messages> messages = new HashMap<>();

    private Theme(Optional<Path> overrides) {
        this.overrides = overrides;
        this.engine = new VelocityEngine(settings(overrides, true));
        this.engine.init();
        this.textEngine = new VelocityEngine(settings(overrides, false));
        this.textEngine.init();
    }

    /** The default theme, with the overrides of {@code templatesDirectory} when it exists. */
    public static Theme load(Path templatesDirectory) {
        return new Theme(Files.isDirectory(templatesDirectory) ? Optional.of(templatesDirectory) : Optional.empty());
    }

    private static Properties settings(Optional<Path> overrides, boolean escapeHtml) {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, overrides.isPresent() ? "project,theme" : "theme");
        overrides.ifPresent(dir -> {
            p.setProperty("resource.loader.project.class", FileResourceLoader.class.getName());
            p.setProperty("resource.loader.project.path", dir.toAbsolutePath().toString());
        });
        p.setProperty("resource.loader.theme.class", ThemeResourceLoader.class.getName());
        // A theme does not change during a build: parse each template once, not once per page.
        for (String loader : List.of("project", "theme")) {
            p.setProperty("resource.loader." + loader + ".cache", "true");
            p.setProperty("resource.loader." + loader + ".modification_check_interval", "-1");
        }
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        if (escapeHtml) {
            p.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, EscapingHandler.class.getName());
        }
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME,
                "org.apache.velocity.util.introspection.SecureUberspector");
        return p;
    }

    /**
     * Renders the template {@code name} (such as {@code version.vm}) with the given values. Every
     * value printed is HTML-escaped, except in templates named {@code *.txt.vm}, which make plain text.
     */
    public String render(String name, Map<String, Object> values) {
        Template template = (name.endsWith(".txt.vm") ? textEngine : engine).getTemplate(name, "UTF-8");
        VelocityContext context = new VelocityContext(new HashMap<>(values));
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }

    /** A static file of the theme, such as {@code style.css}, overridden like the templates. */
    public byte[] file(String name) {
        try {
            if (overrides.isPresent() && Files.isRegularFile(overrides.get().resolve(name))) {
                return Files.readAllBytes(overrides.get().resolve(name));
            }
            try (InputStream in = resource(name)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the theme or the project has the site's words in {@code language}. */
    public boolean speaks(String language) {
        String name = "messages_" + language + ".properties";
        return ThemeResourceLoader.class.getClassLoader().getResource(ThemeResourceLoader.BASE + name) != null
                || overrides.map(dir -> Files.isRegularFile(dir.resolve(name))).orElse(false);
    }

    /** The messages of {@code language}: the theme's bundle, then the project's file's keys on top. */
    public synchronized Messages messages(String language) {
        return messages.computeIfAbsent(language, this::readMessages);
    }

    private Messages readMessages(String language) {
        String name = "messages_" + language + ".properties";
        Map<String, String> texts = new HashMap<>();
        for (String fallback : List.of("messages_en.properties", name)) {
            if (ThemeResourceLoader.class.getClassLoader().getResource(ThemeResourceLoader.BASE + fallback) != null) {
                try (InputStream in = resource(fallback)) {
                    texts.putAll(properties(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        overrides.map(dir -> dir.resolve(name)).filter(Files::isRegularFile).ifPresent(file -> {
            try (InputStream in = Files.newInputStream(file)) {
                texts.putAll(properties(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Messages(language, texts);
    }

    private static Map<String, String> properties(InputStream in) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    private static InputStream resource(String name) {
        InputStream in = ThemeResourceLoader.class.getClassLoader().getResourceAsStream(ThemeResourceLoader.BASE + name);
        if (in == null) {
            throw new IllegalStateException("the default theme has no file '" + name + "'");
        }
        return in;
    }
}

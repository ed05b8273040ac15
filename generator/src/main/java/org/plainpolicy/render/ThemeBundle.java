package org.plainpolicy.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.plainpolicy.model.RetentionPeriod;

/**
 * The default theme's own words: one {@code messages_<lang>.properties} on the classpath for each
 * language it ships, each complete (a test keeps them so). Its English bundle names every message
 * the site may ask for, so it is the list a project's file for another language must cover.
 */
final class ThemeBundle {

    static final String REFERENCE = "en";

    /** A language as a bundle's name may spell it; anything else is never looked up on the classpath. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9-]{1,35}");
    /** Norwegian Bokmål goes by two codes: its own, "nb", and "no", the language it is written in; one bundle has its words. */
    private static final Map<String, String> SAME_WORDS = Map.of("nb", "no");
    /** A message with one key per plural form of the language. */
    private static final Pattern COUNTING = Pattern.compile("period\\.[a-z]+\\.[a-z]+");

    /** Read once per language for the whole run: the theme is part of the tool and does not change. */
    private static final Map<String, Optional<Map<String, String>>> BUNDLES = new ConcurrentHashMap<>();

    private ThemeBundle() {
    }

    /** Whether the theme has its own words in {@code language}. */
    static boolean ships(String language) {
        return texts(language).isPresent();
    }

    /** The theme's messages in {@code language}, when it ships that language. */
    static Optional<Map<String, String>> texts(String language) {
        if (!LANGUAGE.matcher(language).matches()) {
            return Optional.empty();
        }
        return BUNDLES.computeIfAbsent(language, ThemeBundle::read);
    }

    /**
     * Every message the site may ask for in {@code language}, in order: the keys of the English
     * bundle, with the counting messages in the plural forms of {@code language} rather than of
     * English (period.day.few and period.day.many in Polish, where English has period.day.other).
     */
    static Set<String> keys(String language) {
        Set<String> keys = new TreeSet<>();
        for (String key : texts(REFERENCE).orElseThrow(() -> new IllegalStateException("the default theme has no "
                + Theme.messagesFile(REFERENCE))).keySet()) {
            if (!COUNTING.matcher(key).matches()) {
                keys.add(key);
            }
        }
        for (RetentionPeriod.Unit unit : RetentionPeriod.Unit.values()) {
            PluralForms.categories(language).forEach(category -> keys.add(periodKey(unit, category)));
        }
        return Collections.unmodifiableSet(keys);
    }

    /** The message of a period of {@code unit} in the plural form {@code category}: period.day.few. */
    static String periodKey(RetentionPeriod.Unit unit, String category) {
        return "period." + unit.name().toLowerCase(Locale.ROOT) + "." + category;
    }

    private static Optional<Map<String, String>> read(String language) {
        String name = ThemeResourceLoader.BASE + Theme.messagesFile(SAME_WORDS.getOrDefault(language, language));
        InputStream in = ThemeBundle.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SortedMap<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return Optional.of(Collections.unmodifiableSortedMap(texts));
    }
}

package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle the theme ships is complete: the keys of messages_en.properties, no more and no
 * fewer, with one message per plural form of its own language where English counts (period.day.one
 * and .other in English; .one, .few and .many in Polish), each message filling in the same
 * arguments as the English one. The bundles are found on
 * the classpath, so that a language added to the theme is checked without being listed here.
 */
class ShippedBundlesTest {

    private static final String THEME = "/org/plainpolicy/theme/";
    private static final Pattern BUNDLE = Pattern.compile("messages_(.+)\\.properties");
    /** The start of a placeholder, at the top level or inside a choice: {0}, {1,number}, {0,choice,…}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");

    static List<String> shipped() throws Exception {
        URI english = ShippedBundlesTest.class.getResource(THEME + "messages_en.properties").toURI();
        Path directory = "jar".equals(english.getScheme()) ? jar(english).getPath(THEME) : Path.of(english).getParent();
        List<String> languages = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(file -> BUNDLE.matcher(file.getFileName().toString())).filter(Matcher::matches)
                    .forEach(name -> languages.add(name.group(1)));
        }
        return languages.stream().sorted().toList();
    }

    @Test
    void theBundlesAreFoundOnTheClasspath() throws Exception {
        assertTrue(shipped().containsAll(List.of("en", "fr")), shipped()::toString);
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedBundleHasExactlyTheEnglishKeysInItsOwnPluralForms(String language) throws IOException {
        Set<String> english = ThemeBundle.keys(language);
        Set<String> other = bundle(language).keySet();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(other);
        Set<String> extra = new TreeSet<>(other);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, "messages_" + language + ".properties lacks these keys of English");
        assertEquals(Set.of(), extra, "messages_" + language + ".properties has keys English does not have");
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void everyShippedMessageFillsInTheSameArgumentsAsEnglishAndCompiles(String language) throws IOException {
        Map<String, String> english = bundle("en");
        List<String> problems = new ArrayList<>();
        bundle(language).forEach((key, text) -> {
            String reference = english.containsKey(key) ? key : key.replaceFirst("\\.[a-z]+$", ".other");
            if (english.containsKey(reference) && !arguments(text).equals(arguments(english.get(reference)))) {
                problems.add(key + " fills in " + arguments(text) + ", English " + arguments(english.get(reference)));
            }
            if (!key.equals(MessageFile.DATE_PATTERN)) {
                try {
                    Messages.compile(text, Locale.forLanguageTag(language));
                } catch (IllegalArgumentException e) {
                    problems.add(key + " cannot be filled in: " + e.getMessage());
                }
            }
        });
        assertEquals(List.of(), problems, "messages_" + language + ".properties");
    }

    /**
     * Purpose and data names are whatever the editor wrote: nouns ("Product development") or verb
     * phrases ("Send your e-mails"). The summary lists them after a colon, where either reads.
     */
    @ParameterizedTest
    @MethodSource("shipped")
    void theSummaryListsNamesAfterAColonWhereAnyPhraseReads(String language) throws IOException {
        Map<String, String> messages = bundle(language);
        for (String key : List.of("summary.purposes.text", "summary.personal-data.text")) {
            assertTrue(messages.get(key).matches("(?s).*[:：]\\s*\\{0\\}.*"), language + " " + key + ": " + messages.get(key));
        }
    }

    @Test
    void norwegianBokmalByItsOwnCodeHasTheWordsOfNorwegian() {
        assertTrue(ThemeBundle.ships("nb"));
        assertEquals(ThemeBundle.texts("no"), ThemeBundle.texts("nb"));
    }

    @Test
    void theArgumentsOfAChoiceAreCounted() {
        assertEquals(Set.of(0, 1), arguments("{1} and {0,choice,0#none|1#one|1<{0,number,integer} items}"));
    }

    private static Set<Integer> arguments(String text) {
        Set<Integer> used = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            used.add(Integer.parseInt(argument.group(1)));
        }
        return used;
    }

    private static Map<String, String> bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = ShippedBundlesTest.class.getResourceAsStream(THEME + "messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    private static FileSystem jar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}

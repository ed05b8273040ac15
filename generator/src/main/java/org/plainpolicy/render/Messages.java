package org.plainpolicy.render;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixed words of the site in one language: the theme's bundle, with the project's overrides
 * on top. A template asks {@code $msg.get("key")}, or {@code $msg.format("key", $arg)}.
 */
public final class Messages {

    private final String language;
    private final Map<String, String> texts;
    private final DateTimeFormatter dates;

    Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = new TreeMap<>(texts);
        this.dates = DateTimeFormatter.ofPattern(get("date.pattern"), Locale.forLanguageTag(language));
    }

    public String language() {
        return language;
    }

    /** The text of {@code key}; a missing key is a bug of the theme and fails the build loudly. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("the theme has no message '" + key + "' for language '" + language + "'");
        }
        return text;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** {@code key}'s text with its {0}, {1}… filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key).replace("'", "''"), Locale.forLanguageTag(language)).format(arguments);
    }

    /** A date as people write it in this language: 15 September 2018, 15 septembre 2018. */
    public String date(LocalDate date) {
        return dates.format(date);
    }
}

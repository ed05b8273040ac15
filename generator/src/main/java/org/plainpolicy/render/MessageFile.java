package org.plainpolicy.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.plainpolicy.load.ProjectFiles;
import org.plainpolicy.load.Suggestions;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;

/**
 * A project's {@code templates/messages_<lang>.properties}: read under the rule of
 * {@link ProjectFiles}, as UTF-8, and checked key by key, so that a broken message is a finding at
 * its line and not a failure in the middle of a build. Both the check and the build read it here,
 * so that both find the same.
 */
final class MessageFile {

    static final String DATE_PATTERN = "date.pattern";
    /** How many missing keys a finding names before it says how many more. */
    private static final int LISTED = 20;

    private MessageFile() {
    }

    /** The messages of {@code file}, or the findings that say why they cannot be used. */
    record Read(Map<String, String> texts, List<Finding> findings) {

        Read {
            texts = Map.copyOf(texts);
            findings = List.copyOf(findings);
        }
    }

    static Read read(ProjectFiles files, Path file, String language) {
        List<String> problems = new ArrayList<>();
        Optional<String> text = files.read(file, ProjectFiles.MAX_TEMPLATE_BYTES, problems)
                .flatMap(bytes -> ThemeText.utf8(bytes, file, problems));
        if (text.isEmpty()) {
            return new Read(Map.of(), List.of(Finding.error(Position.startOf(file), problems.get(0),
                    TemplateProblems.REFERENCE)));
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text.get()));
        } catch (IllegalArgumentException e) {
            return new Read(Map.of(), List.of(Finding.error(badEscape(file, text.get()), "this \\u escape is not "
                    + "four hexadecimal digits (such as \\u00e9 for é); since the file is UTF-8, write the letter "
                    + "itself", TemplateProblems.REFERENCE)));
        } catch (IOException e) {
            throw new IllegalStateException("a string cannot fail to read", e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        List<Finding> findings = new ArrayList<>(check(file, text.get(), texts, language));
        findings.addAll(coverage(file, text.get(), texts.keySet(), language));
        return new Read(texts, findings);
    }

    /**
     * The file's keys against the theme's: each key the theme does not have, which no page of the
     * theme shows (a warning: the project's own templates may ask for it); and, for a language the
     * theme does not ship, where these are the only words, every message the file lacks.
     */
    private static List<Finding> coverage(Path file, String text, Set<String> keys, String language) {
        Set<String> reference = ThemeBundle.keys(language);
        List<Finding> findings = new ArrayList<>();
        if (!ThemeBundle.ships(language)) {
            List<String> missing = reference.stream().filter(key -> !keys.contains(key)).toList();
            if (!missing.isEmpty()) {
                findings.add(Finding.error(Position.startOf(file), "'" + file.getFileName() + "' lacks "
                        + missing.size() + " of the " + reference.size() + " messages the site needs: "
                        + listed(missing) + "; the theme has no words in '" + language + "' of its own, so copy "
                        + "them from the theme's " + Theme.messagesFile(ThemeBundle.REFERENCE)
                        + " and translate them", TemplateProblems.REFERENCE));
            }
        }
        keys.stream().filter(key -> !reference.contains(key)).forEach(key -> findings.add(Finding.warning(
                lineOf(file, text, key), "'" + key + "' is not a message of the theme, so no page of the theme shows "
                        + "it" + Suggestions.closest(key, reference).map(near -> "; did you mean '" + near + "'?")
                        .orElse("; check its name against the theme's " + Theme.messagesFile(ThemeBundle.REFERENCE)
                                + ", or keep it only if a template of templates/ asks for it"),
                TemplateProblems.REFERENCE)));
        return findings;
    }

    /** The keys, all of them when they are few, else the first ones and how many more. */
    private static String listed(List<String> keys) {
        if (keys.size() <= LISTED) {
            return String.join(", ", keys);
        }
        return String.join(", ", keys.subList(0, LISTED)) + " and " + (keys.size() - LISTED) + " more";
    }

    /** Each message as the pages use it: a date pattern that formats a date, placeholders that compile. */
    private static List<Finding> check(Path file, String text, Map<String, String> texts, String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<Finding> findings = new ArrayList<>();
        texts.forEach((key, value) -> {
            if (key.equals(DATE_PATTERN)) {
                try {
                    DateTimeFormatter.ofPattern(value, locale).format(LocalDate.of(2018, 5, 25));
                } catch (IllegalArgumentException | DateTimeException e) {
                    findings.add(Finding.error(lineOf(file, text, key), "'" + value + "' is not a date pattern "
                            + "(" + e.getMessage() + "); write one such as d MMMM yyyy, with d for the day, MMMM "
                            + "for the month's name and yyyy for the year", TemplateProblems.REFERENCE));
                }
                return;
            }
            try {
                Messages.compile(value, locale);
            } catch (IllegalArgumentException e) {
                findings.add(Finding.error(lineOf(file, text, key), "the message '" + key + "' cannot be filled in ("
                        + e.getMessage() + "); every '{' must start a placeholder such as {0} and be closed by '}'",
                        TemplateProblems.REFERENCE));
            }
        });
        return findings;
    }

    /** The line that sets {@code key}: the first one that starts with it, past any blank. */
    private static Position lineOf(Path file, String text, String key) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).stripLeading();
            if (line.startsWith(key) && (line.length() == key.length()
                    || "=: \t".indexOf(line.charAt(key.length())) >= 0)) {
                return new Position(file, i + 1, 1 + lines.get(i).length() - line.length());
            }
        }
        return Position.startOf(file);
    }

    /** The first {@code \\u} not followed by four hexadecimal digits, where Properties stopped. */
    private static Position badEscape(Path file, String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int c = 0; c < line.length() - 1; c++) {
                if (line.charAt(c) != '\\') {
                    continue;
                }
                if (line.charAt(c + 1) == 'u' && !line.substring(c + 2).matches("(?s)[0-9a-fA-F]{4}.*")) {
                    return new Position(file, i + 1, c + 1);
                }
                c++;
            }
        }
        return Position.startOf(file);
    }
}

package org.plainpolicy.render;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.RetentionPeriod;

/**
 * The fixed words of the site in one language: the theme's bundle, with the project's overrides
 * on top. A template asks {@code $msg.get("key")}, or {@code $msg.format("key", $arg)}.
 */
public final class Messages {

    private final String language;
    private final Map<String, String> texts;
    /** Where a missing message is reported: the project's messages file of this language, else the theme's. */
    private final Position source;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter firstOfMonth;
    private final Typography typography;

    Messages(String language, Map<String, String> texts, Position source) {
        this.language = language;
        this.texts = new TreeMap<>(texts);
        this.source = source;
        this.typography = Typography.of(language);
        Locale locale = Locale.forLanguageTag(language);
        this.dates = DateTimeFormatter.ofPattern(get("date.pattern"), locale);
        this.firstOfMonth = DateTimeFormatter.ofPattern(typography.firstOfMonthPattern(get("date.pattern")), locale);
    }

    public String language() {
        return language;
    }

    /**
     * The text of {@code key} in this language, never another's: a key this language lacks fails
     * the page with a finding, whether a template or the generator asked for it.
     */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new ThemeException(List.of(Finding.error(source, "there is no message '" + key + "' in '"
                    + language + "'; add it to templates/" + Theme.messagesFile(language),
                    TemplateProblems.REFERENCE)));
        }
        return text;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** {@code key}'s text with its {0}, {1}… filled in. */
    public String format(String key, Object... arguments) {
        return compile(get(key), Locale.forLanguageTag(language)).format(arguments);
    }

    /**
     * A sentence that {@code key} makes around its values: as {@link #format}, but a name that ends
     * it with its own full stop ("Mailer Inc.") gets no second one.
     */
    public String sentence(String key, Object... arguments) {
        String sentence = format(key, arguments);
        return sentence.endsWith("..") && !sentence.endsWith("...") ? sentence.substring(0, sentence.length() - 1)
                : sentence;
    }

    /** A message as {@link #format} reads it: a quote is a quote, not MessageFormat's escape. */
    static MessageFormat compile(String text, Locale locale) {
        return new MessageFormat(text.replace("'", "''"), locale);
    }

    /**
     * "a, b and c", as this language joins a list; "a, ltd; b and c" when an item has a comma of its own
     * ("Stripe, Inc."), so that the reader still sees where each item ends.
     */
    public String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        String separator = items.stream().anyMatch(item -> item.contains(",")) ? get("list.semicolon") : ", ";
        return String.join(separator, items.subList(0, items.size() - 1)) + get("list.and")
                + items.get(items.size() - 1);
    }

    /**
     * {@code key}'s text as markup, with its {0}, {1}… filled in: markup that is already safe (a
     * date inside its {@code <time>} element, say) as it is, and any other value escaped, as the
     * message's own text is.
     */
    public Html markup(String key, Object... arguments) {
        return new Html(compile(HtmlEscaper.escape(get(key)), Locale.forLanguageTag(language))
                .format(Arrays.stream(arguments).map(a -> a instanceof Html h ? h.html()
                        : HtmlEscaper.escape(String.valueOf(a))).toArray()));
    }

    /** How this language sets its text: see {@link Typography}. */
    public Typography typography() {
        return typography;
    }

    /** A period such as "3 years" in this language's words and plural form: 3 ans, 3 lata, 5 lat. */
    public String period(RetentionPeriod period) {
        return format(ThemeBundle.periodKey(period.unit(), PluralForms.category(language, period.amount())),
                number(period.amount()));
    }

    /** A date as people write it in this language: 15 September 2018, 15 septembre 2018, 1er mars 2024. */
    public String date(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? firstOfMonth : dates).format(date);
    }

    /** A number with {@code fractionDigits} decimals as this language writes it: 12.1, 12,1. */
    public String number(double value, int fractionDigits) {
        return typography.number(value, fractionDigits);
    }

    /** A count as this language writes it. */
    public String number(long value) {
        return typography.number(value);
    }
}

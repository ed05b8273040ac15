package org.plainpolicy.render;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one language sets its text: the spaces around punctuation, apostrophes and quotation marks,
 * the first day of a month in dates, and numbers. Every rule only ever reads the characters next
 * to a mark, so a rule applied twice changes nothing more, and a web address or a time ("10:30",
 * "https://", "?page=2") never holds the space a rule looks for.
 *
 * <p>French puts U+202F (narrow no-break space) before {@code ; : ? !} and inside « »: one fixed,
 * narrow width that does not stretch in justified text and never breaks the line before the mark,
 * as French typesetting software does on screen. A space already there is replaced; none is added
 * before {@code ; : ? !} (a colon without a space is a time or an address), but one is added inside
 * « » where the writer left none.
 */
public final class Typography {

    /** U+202F, the narrow no-break space. */
    public static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private static final String N = String.valueOf(NARROW_NO_BREAK_SPACE);
    /** Any space a writer types before a mark, and the one this class puts there. */
    private static final String SPACES = "[ \\u00A0\\u202F]";
    private static final Pattern BEFORE_MARK = Pattern.compile(SPACES + "+([;:?!])");
    private static final Pattern AFTER_OPENING_GUILLEMET = Pattern.compile("«" + SPACES + "*");
    private static final Pattern BEFORE_CLOSING_GUILLEMET = Pattern.compile(SPACES + "*»");
    /** A straight apostrophe between letters, as typed or as the escaper writes it. */
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})(?:'|&#39;|&#x27;)(?=\\p{L})");
    /** A straight double quote, as typed or as the escaper writes it. */
    private static final Pattern DOUBLE_QUOTE = Pattern.compile("\"|&quot;|&#34;");
    /** Elements whose text is code or data, never prose: no rule touches it. */
    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea");
    private static final Pattern TAG_NAME = Pattern.compile("^</?([A-Za-z][A-Za-z0-9]*)");

    private final Locale locale;
    private final boolean frenchSpacing;
    private final boolean curlyApostrophe;
    private final boolean germanQuotes;
    private final boolean firstDayOrdinal;

    private Typography(Locale locale, boolean frenchSpacing, boolean curlyApostrophe, boolean germanQuotes,
                       boolean firstDayOrdinal) {
        this.locale = locale;
        this.frenchSpacing = frenchSpacing;
        this.curlyApostrophe = curlyApostrophe;
        this.germanQuotes = germanQuotes;
        this.firstDayOrdinal = firstDayOrdinal;
    }

    /** The rules of {@code language} (a BCP 47 tag); a language without its own rules keeps its text as it is. */
    public static Typography of(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return switch (locale.getLanguage()) {
            case "fr" -> new Typography(locale, true, true, false, true);
            case "de" -> new Typography(locale, false, true, true, false);
            default -> new Typography(locale, false, false, false, false);
        };
    }

    /** Plain text (an e-mail, a message) set as this language sets it. */
    public String text(String text) {
        String out = text;
        if (frenchSpacing) {
            out = BEFORE_MARK.matcher(out).replaceAll(N + "$1");
            out = AFTER_OPENING_GUILLEMET.matcher(out).replaceAll("«" + N);
            out = BEFORE_CLOSING_GUILLEMET.matcher(out).replaceAll(N + "»");
        }
        if (curlyApostrophe) {
            out = APOSTROPHE.matcher(out).replaceAll("’");
        }
        if (germanQuotes) {
            out = germanQuotes(out);
        }
        return out;
    }

    /**
     * A page or a feed set as this language sets it: the rules run on its text only, never inside a
     * tag (names, attributes, addresses), a comment, or an element of code.
     */
    public String markup(String markup) {
        if (!frenchSpacing && !curlyApostrophe && !germanQuotes) {
            return markup;
        }
        StringBuilder out = new StringBuilder(markup.length() + 64);
        int verbatim = 0;
        int i = 0;
        while (i < markup.length()) {
            int tag = markup.indexOf('<', i);
            int textEnd = tag < 0 ? markup.length() : tag;
            String text = markup.substring(i, textEnd);
            out.append(verbatim > 0 ? text : text(text));
            if (tag < 0) {
                break;
            }
            int end = tagEnd(markup, tag);
            String element = markup.substring(tag, end);
            verbatim = Math.max(0, verbatim + verbatimDepth(element));
            out.append(element);
            i = end;
        }
        return out.toString();
    }

    /** A number as this language writes it: 12,1 in French and German, 12.1 in English. */
    public String number(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A whole number as this language writes it, with its own thousands separator. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /**
     * The date pattern for the first day of a month: French writes "1er mars", so the day field
     * {@code d} gets its ordinal; other languages keep {@code pattern}.
     */
    public String firstOfMonthPattern(String pattern) {
        return firstDayOrdinal ? pattern.replaceFirst("(?<![d'])d(?![d'])", "d'er'") : pattern;
    }

    /** „…“: a quote after a space, an opening bracket or the start opens; any other closes. */
    private static String germanQuotes(String text) {
        Matcher m = DOUBLE_QUOTE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean opens = m.start() == 0 ? m.end() < text.length() && !Character.isWhitespace(text.charAt(m.end()))
                    : Character.isWhitespace(text.charAt(m.start() - 1)) || "([„".indexOf(text.charAt(m.start() - 1)) >= 0;
            m.appendReplacement(out, opens ? "„" : "“");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Where the tag or comment that starts at {@code start} ends; a {@code >} inside quotes does not end it. */
    private static int tagEnd(String markup, int start) {
        if (markup.startsWith("<!--", start)) {
            int close = markup.indexOf("-->", start + 4);
            return close < 0 ? markup.length() : close + 3;
        }
        char quote = 0;
        for (int i = start + 1; i < markup.length(); i++) {
            char c = markup.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return markup.length();
    }

    /** +1 for the opening tag of a code element, -1 for its closing tag, 0 for any other. */
    private static int verbatimDepth(String element) {
        Matcher m = TAG_NAME.matcher(element);
        if (!m.find() || element.endsWith("/>") || !VERBATIM.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return 0;
        }
        return element.startsWith("</") ? -1 : 1;
    }
}

package org.plainpolicy.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plainpolicy.model.RetentionPeriod;

/** Parses the kinds of plain value a policy file holds. Each returns empty when the text is not one. */
public final class Values {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /*
     * An e-mail address as people write one, and nothing a mail program could read as more: a local
     * part of words of letters, digits and ! $ ' * + - / = ^ _ { | } ~ joined by single dots (RFC
     * 5322's dot-atom without # % & ? and `, which a mailto: link reads as its own syntax: ?bcc= adds
     * a hidden copy), of up to 64 characters; one @; a domain of at least two labels of letters,
     * digits and inner hyphens, of up to 63 characters each; 254 characters in all.
     */
    private static final String ATOM = "[A-Za-z0-9!$'*+/=^_{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern EMAIL = Pattern.compile(
            ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");
    private static final int MAX_EMAIL = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern PERIOD = Pattern.compile("([1-9][0-9]{0,3}) (day|week|month|year)s?");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,9}(\\.[0-9]{1,9})?");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Codes people write that ISO 3166-1 spells otherwise. */
    private static final Map<String, String> COUNTRY_ALIASES = Map.of("UK", "GB", "EL", "GR", "EU", "");

    private Values() {
    }

    public static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String dateProblem(String key, String text) {
        return DATE.matcher(text).matches()
                ? text + " is not a day of the calendar; check the month and the day"
                : "`" + key + "` must be a date written YYYY-MM-DD, such as 2018-08-14, not '" + text + "'";
    }

    static Optional<String> country(String text) {
        return COUNTRIES.contains(text) ? Optional.of(text) : Optional.empty();
    }

    static String countryProblem(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (!upper.equals(text) && COUNTRIES.contains(upper)) {
            return "write country codes in capitals: " + upper;
        }
        String alias = COUNTRY_ALIASES.get(upper);
        if (alias != null && alias.isEmpty()) {
            return "'" + text + "' is not a country; name the country where the data is, such as FR or IE";
        }
        if (alias != null) {
            return "'" + text + "' is not an ISO 3166-1 country code; write " + alias;
        }
        return "'" + text + "' is not an ISO 3166-1 alpha-2 country code; write two capital letters, such as FR";
    }

    static Optional<String> email(String text) {
        boolean fits = text.length() <= MAX_EMAIL && text.indexOf('@') <= MAX_LOCAL_PART;
        return fits && EMAIL.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    /** An absolute http or https URL with a host. */
    static Optional<String> webAddress(String text) {
        try {
            URI uri = new URI(text);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(text) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static Optional<RetentionPeriod> period(String text) {
        Matcher m = PERIOD.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int amount = Integer.parseInt(m.group(1));
        String unit = m.group(2);
        return Optional.of(new RetentionPeriod(amount, RetentionPeriod.Unit.valueOf(unit.toUpperCase(Locale.ROOT))));
    }

    public static Optional<String> id(String text) {
        return ID.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    static Optional<String> language(String text) {
        return LANGUAGE.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    static Optional<Integer> integer(String text) {
        return INTEGER.matcher(text).matches() ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

    static Optional<Double> number(String text) {
        return NUMBER.matcher(text).matches() ? Optional.of(Double.parseDouble(text)) : Optional.empty();
    }
}

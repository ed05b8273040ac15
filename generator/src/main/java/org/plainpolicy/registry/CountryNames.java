package org.plainpolicy.registry;

import java.util.Locale;

/**
 * Country names as a reader's language writes them, from the CLDR data the JDK ships (its default locale
 * provider since Java 9). CLDR names every ISO 3166-1 country in each of the 26 languages of the EEA, so
 * the tool carries no list of its own; {@code CountryNamesTest} keeps that true on the JDK that builds it.
 */
public final class CountryNames {

    private CountryNames() {
    }

    /**
     * Portuguese without a region is Brazil's in CLDR ("Estônia"); the policies of the EEA are written
     * in Portugal's ("Estónia").
     */
    private static final Locale PORTUGAL = Locale.forLanguageTag("pt-PT");

    /** The name of the country with ISO 3166-1 alpha-2 code {@code code} in {@code language}: DE in fr is "Allemagne". */
    public static String of(String code, Locale language) {
        Locale reader = language.getLanguage().equals("pt") && language.getCountry().isEmpty() ? PORTUGAL : language;
        return new Locale("", code).getDisplayCountry(reader);
    }
}

package org.plainpolicy.registry;

import java.util.List;
import java.util.Locale;

/**
 * A postal address as the addressee's country writes it: {@code lines} (street, post code and city) stay in
 * that country's language whoever reads them, while the country line is written in the reader's language,
 * as the sender's post office expects it: a letter from Lyon to Bonn ends "Allemagne".
 */
public record PostalAddress(List<String> lines, String country) {

    public PostalAddress {
        lines = List.copyOf(lines);
    }

    /** The address on one line, its country named in {@code reader}'s language. */
    public String inLanguage(Locale reader) {
        return String.join(", ", lines) + ", " + CountryNames.of(country, reader);
    }
}

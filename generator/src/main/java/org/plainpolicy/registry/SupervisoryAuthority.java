package org.plainpolicy.registry;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A data protection supervisory authority people can complain to (GDPR Art. 77). {@code name} is its
 * official name in its own language, as it publishes it; {@code englishName} the name it uses in English,
 * where the registry has one. {@code checked}: the day the entry was compared with {@code source}, if it has
 * been.
 */
public record SupervisoryAuthority(
        String id,
        String country,
        String name,
        Optional<String> englishName,
        String website,
        PostalAddress address,
        Optional<String> email,
        Optional<String> region,
        String source,
        Optional<LocalDate> checked) {

    /**
     * The name a page in {@code reader}'s language shows: the official name on every page, because it is
     * the one the authority answers to and the one on its letters and website; an English page adds the
     * English name after a slash, as bilingual authorities write their two names, since English is the one other language the registry holds names in and a
     * translation made up for any other language would be a name the authority does not use.
     */
    public String nameFor(Locale reader) {
        return englishName.filter(english -> reader.getLanguage().equals("en"))
                .map(english -> name + " / " + english).orElse(name);
    }
}

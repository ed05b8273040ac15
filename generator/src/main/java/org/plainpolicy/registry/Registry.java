package org.plainpolicy.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plainpolicy.model.Safeguard;
import org.plainpolicy.model.Word;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The facts the tool ships (spec section 5): supervisory authorities, the EEA countries and the
 * EU adequacy decisions, read from data files in this package that name their sources.
 * Immutable; {@link #standard()} is read once.
 */
public final class Registry {

    private static final String BASE = "/org/plainpolicy/registry/";
    private static final class Holder {
        static final Registry STANDARD = load();
    }

    private final Map<String, SupervisoryAuthority> authorities;
    /** Each country that is or was in the EEA, with the last day it was, for one that left. */
    private final Map<String, Optional<LocalDate>> eea;
    private final Map<String, AdequacyDecision> adequacy;
    private final Map<Safeguard, SafeguardPeriod> periods;
    /** The age of digital consent of each EEA country (Art. 8(1)). */
    private final Map<String, Integer> consentAges;

    private Registry(List<SupervisoryAuthority> authorities, Map<String, Optional<LocalDate>> eea,
                     List<AdequacyDecision> adequacy, List<SafeguardPeriod> periods,
                     Map<String, Integer> consentAges) {
        this.authorities = authorities.stream().collect(Collectors.toUnmodifiableMap(
                SupervisoryAuthority::id, Function.identity()));
        this.eea = Map.copyOf(eea);
        this.consentAges = Map.copyOf(consentAges);
        this.periods = periods.stream().collect(Collectors.toUnmodifiableMap(SafeguardPeriod::safeguard,
                Function.identity()));
        this.adequacy = adequacy.stream().collect(Collectors.toUnmodifiableMap(
                AdequacyDecision::covers, Function.identity()));
    }

    /** The registry shipped with the tool. */
    public static Registry standard() {
        return Holder.STANDARD;
    }

    public Optional<SupervisoryAuthority> authority(String id) {
        return Optional.ofNullable(authorities.get(id));
    }

    /** Every authority, by id. */
    public List<SupervisoryAuthority> authorities() {
        return authorities.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /** Whether {@code country} is in the EEA today. */
    public boolean inEea(String country) {
        return eea.containsKey(country) && eea.get(country).isEmpty();
    }

    /**
     * Whether {@code country} was in the EEA on {@code day}, as a policy in effect that day must
     * treat it: the United Kingdom until 2020-12-31.
     */
    public boolean inEea(String country, LocalDate day) {
        return eea.containsKey(country) && eea.get(country).map(last -> !day.isAfter(last)).orElse(true);
    }

    /** The codes of the EEA countries today; {@link CountryNames} names them in the reader's language. */
    public Set<String> eeaCountries() {
        return eea.keySet().stream().filter(this::inEea).collect(Collectors.toUnmodifiableSet());
    }

    /** The time and country a safeguard word held for, where it held only for a time (privacy-shield). */
    public Optional<SafeguardPeriod> period(Safeguard safeguard) {
        return Optional.ofNullable(periods.get(safeguard));
    }

    /** From what age a child in {@code country} can consent alone to an online service (Art. 8(1)). */
    public Optional<Integer> digitalConsentAge(String country) {
        return Optional.ofNullable(consentAges.get(country));
    }

    /** The decision for a country, by its ISO code, or for an international organisation, by its id. */
    public Optional<AdequacyDecision> adequacy(String countryOrOrganisation) {
        return Optional.ofNullable(adequacy.get(countryOrOrganisation));
    }

    public List<AdequacyDecision> adequacyDecisions() {
        return adequacy.values().stream().sorted((a, b) -> a.covers().compareTo(b.covers())).toList();
    }

    private static Registry load() {
        List<SupervisoryAuthority> authorities = list(read("supervisory-authorities.yaml"), "authorities").stream()
                .map(e -> new SupervisoryAuthority(string(e, "id"), string(e, "country"), string(e, "name"),
                        optional(e, "english-name"), string(e, "website"),
                        new PostalAddress(lines(e, "address"), string(e, "country")), optional(e, "email"),
                        optional(e, "region"), string(e, "source"), checked(e)))
                .toList();
        Map<String, Optional<LocalDate>> eea = list(read("eea-countries.yaml"), "countries").stream()
                .collect(Collectors.toMap(e -> string(e, "code"),
                        e -> optionalDate(e, "until")));
        List<AdequacyDecision> adequacy = list(read("adequacy-decisions.yaml"), "decisions").stream()
                .map(e -> new AdequacyDecision(e.containsKey("organisation") ? string(e, "organisation")
                        : string(e, "country"), e.containsKey("organisation"), date(e, "decided"),
                        optionalDate(e, "expires"),
                        string(e, "decision"), optional(e, "scope"),
                        Boolean.TRUE.equals(e.get("privateSectorOnly")),
                        Word.parse(Safeguard.class, string(e, "safeguard")).orElseThrow(
                                () -> new IllegalStateException("bad safeguard in adequacy-decisions.yaml: " + e)),
                        string(e, "source"), checked(e)))
                .toList();
        Map<String, Integer> ages = list(read("digital-consent-ages.yaml"), "ages").stream()
                .collect(Collectors.toMap(e -> string(e, "country"), e -> Integer.parseInt(string(e, "age"))));
        List<SafeguardPeriod> periods = list(read("safeguard-periods.yaml"), "periods").stream()
                .map(e -> new SafeguardPeriod(Word.parse(Safeguard.class, string(e, "safeguard")).orElseThrow(
                        () -> new IllegalStateException("bad safeguard in safeguard-periods.yaml: " + e)),
                        string(e, "country"), date(e, "from"), date(e, "until"), string(e, "decision"),
                        string(e, "source"), checked(e)))
                .toList();
        return new Registry(authorities, eea, adequacy, periods, ages);
    }

    private static Map<String, Object> read(String name) {
        try (InputStream in = Registry.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("registry file missing from the classpath: " + BASE + name);
            }
            Map<String, Object> data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> data, String key) {
        return (List<Map<String, Object>>) data.get(key);
    }

    private static String string(Map<String, Object> entry, String key) {
        return optional(entry, key).orElseThrow(
                () -> new IllegalStateException("registry entry without '" + key + "': " + entry));
    }

    /** A list of non-blank lines, such as a postal address without its country. */
    private static List<String> lines(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (!(value instanceof List<?> items) || items.isEmpty()
                || items.stream().anyMatch(i -> !(i instanceof String line) || line.isBlank())) {
            throw new IllegalStateException("registry entry whose '" + key + "' is not a list of lines: " + entry);
        }
        return items.stream().map(String.class::cast).toList();
    }

    private static Optional<String> optional(Map<String, Object> entry, String key) {
        return Optional.ofNullable(entry.get(key)).map(Object::toString);
    }

    /**
     * When an entry was last compared with its source: a date, or {@code never}. Every entry says which,
     * so that an unverified one cannot pass for a verified one.
     */
    private static Optional<LocalDate> checked(Map<String, Object> entry) {
        if ("never".equals(entry.get("checked"))) {
            return Optional.empty();
        }
        if (!entry.containsKey("checked")) {
            throw new IllegalStateException("registry entry without 'checked' (a date, or never): " + entry);
        }
        return Optional.of(date(entry, "checked"));
    }

    private static Optional<LocalDate> optionalDate(Map<String, Object> entry, String key) {
        return entry.containsKey(key) ? Optional.of(date(entry, key)) : Optional.empty();
    }

    private static LocalDate date(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(string(entry, key));
    }
}

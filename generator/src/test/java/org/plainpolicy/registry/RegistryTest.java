package org.plainpolicy.registry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plainpolicy.model.Safeguard;

class RegistryTest {

    private final Registry registry = Registry.standard();

    @Test
    void theEeaIsTheEu27AndIcelandLiechtensteinNorway() {
        assertEquals(30, registry.eeaCountries().size());
        assertTrue(registry.inEea("NO") && registry.inEea("IS") && registry.inEea("LI") && registry.inEea("FR"));
        assertFalse(registry.inEea("GB") || registry.inEea("CH") || registry.inEea("US"));
    }

    @ParameterizedTest(name = "{0} on {1}: in the EEA {2}")
    @CsvSource({"GB, 2019-06-01, true", "GB, 2020-12-31, true", "GB, 2021-01-01, false", "FR, 1994-01-01, true",
            "FR, 2030-01-01, true", "CH, 2019-06-01, false"})
    void theUkCountsAsInTheEeaUntilTheEndOfTheTransitionPeriod(String country, java.time.LocalDate day,
                                                               boolean inEea) {
        assertEquals(inEea, registry.inEea(country, day));
    }

    @Test
    void everyEeaCountryAndTheUkAndSwitzerlandHaveOneNationalAuthority() {
        List<String> countries = new java.util.ArrayList<>(registry.eeaCountries());
        countries.addAll(List.of("GB", "CH"));
        for (String country : countries) {
            long national = registry.authorities().stream()
                    .filter(a -> a.country().equals(country) && a.region().isEmpty()).count();
            assertEquals(1, national, "national authorities of " + country);
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"cnil, FR", "ico, GB", "fdpic, CH", "dpc, IE", "aepd, ES", "garante, IT", "bfdi, DE"})
    void theWellKnownIdsResolve(String id, String country) {
        assertEquals(country, registry.authority(id).orElseThrow().country());
    }

    @Test
    void everyAuthorityHasAnHttpsWebsiteAPostalAddressAndASource() {
        assertAll(registry.authorities().stream().map(a -> () -> {
            assertTrue(a.website().startsWith("https://"), a.id() + " website");
            assertFalse(a.address().lines().isEmpty(), a.id() + " address");
            assertTrue(a.source().startsWith("https://"), a.id() + " source");
            assertTrue(a.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), a.id() + " id");
        }));
    }

    /** The page adds the country line in the reader's language; a line that already names it would print it twice. */
    @Test
    void noAuthorityAddressNamesItsCountry() {
        assertAll(registry.authorities().stream().map(a -> () -> {
            assertEquals(a.country(), a.address().country(), a.id());
            List<String> names = CountryNamesTest.LANGUAGES.stream()
                    .map(language -> CountryNames.of(a.country(), Locale.forLanguageTag(language))).toList();
            assertTrue(a.address().lines().stream().noneMatch(line -> names.stream().anyMatch(line::endsWith)),
                    a.id() + " " + a.address().lines());
        }));
    }

    @Test
    void allSixteenGermanLaenderHaveTheirAuthority() {
        List<String> regions = registry.authorities().stream().filter(a -> a.country().equals("DE"))
                .flatMap(a -> a.region().stream()).sorted().toList();
        assertEquals(List.of("Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen", "Hamburg", "Hessen",
                "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz", "Saarland",
                "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen"), regions);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " | ", value = {
        "baylda | Bayerisches Landesamt für Datenschutzaufsicht (BayLDA) | Promenade 18, 91522 Ansbach",
        "hmbbfdi | Hamburgischer Beauftragter für Datenschutz und Informationsfreiheit (HmbBfDI)"
                + " | Ludwig-Erhard-Straße 22, 20459 Hamburg",
        "uld | Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein (ULD) | Holstenstraße 98, 24103 Kiel",
    })
    void aLaenderAuthorityHasItsOfficialNameAndItsAddressInGerman(String id, String name, String lines) {
        SupervisoryAuthority authority = registry.authority(id).orElseThrow();
        assertEquals(name, authority.name());
        assertEquals(lines, String.join(", ", authority.address().lines()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " | ", value = {
        "de | Graurheindorfer Straße 153, 53117 Bonn, Deutschland",
        "fr | Graurheindorfer Straße 153, 53117 Bonn, Allemagne",
        "en | Graurheindorfer Straße 153, 53117 Bonn, Germany",
        "el | Graurheindorfer Straße 153, 53117 Bonn, Γερμανία",
        "pl | Graurheindorfer Straße 153, 53117 Bonn, Niemcy",
    })
    void anAddressKeepsItsLinesAndEndsWithTheCountryInTheReadersLanguage(String language, String address) {
        assertEquals(address, registry.authority("bfdi").orElseThrow().address().inLanguage(Locale.forLanguageTag(language)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " | ", value = {
        "en | Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (ΑΠΔΠΧ) / Hellenic Data Protection Authority (HDPA)",
        "de | Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (ΑΠΔΠΧ)",
        "el | Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα (ΑΠΔΠΧ)",
    })
    void everyPageShowsTheOfficialNameAndAnEnglishPageAddsTheEnglishName(String language, String name) {
        assertEquals(name, registry.authority("hdpa").orElseThrow().nameFor(Locale.forLanguageTag(language)));
    }

    @Test
    void anAuthorityWithoutAnEnglishNameShowsItsOfficialNameOnAnEnglishPage() {
        assertEquals("Commission Nationale de l'Informatique et des Libertés (CNIL)",
                registry.authority("cnil").orElseThrow().nameFor(Locale.ENGLISH));
    }

    @Test
    void adequacyDecisionsAreOutsideTheEeaAndTheUsIsOnlyThroughTheDataPrivacyFramework() {
        assertEquals(Safeguard.DATA_PRIVACY_FRAMEWORK, registry.adequacy("US").orElseThrow().safeguard());
        assertEquals(Safeguard.ADEQUACY_DECISION, registry.adequacy("JP").orElseThrow().safeguard());
        assertEquals(Safeguard.ADEQUACY_DECISION, registry.adequacy("GB").orElseThrow().safeguard());
        assertAll(registry.adequacyDecisions().stream().map(d -> () -> {
            assertFalse(registry.inEea(d.covers()), d.covers() + " is in the EEA");
            assertTrue(d.source().startsWith("https://"), d.covers() + " source");
            assertTrue(d.safeguard() == Safeguard.ADEQUACY_DECISION || d.covers().equals("US"), d.covers());
            assertEquals(d.organisation(), !d.covers().matches("[A-Z]{2}"), d.covers() + " is a country code or an id");
        }));
    }

    @Test
    void theEuropeanPatentOrganisationIsTheFirstInternationalOrganisationWithADecision() {
        AdequacyDecision epo = registry.adequacy("european-patent-organisation").orElseThrow();
        assertTrue(epo.organisation());
        assertEquals(java.time.LocalDate.parse("2025-07-15"), epo.decided());
        assertTrue(epo.decision().contains("(EU) 2025/1382"), epo.decision());
    }

    /**
     * No entry has been compared with its source yet (README, "Registry facts still to verify"); when one
     * is, its date must be a real day on or before today, never a guess in the future.
     */
    @Test
    void everyEntrySaysWhenItWasLastChecked() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        var checked = new java.util.ArrayList<java.util.Optional<java.time.LocalDate>>();
        registry.authorities().forEach(a -> checked.add(a.checked()));
        registry.adequacyDecisions().forEach(d -> checked.add(d.checked()));
        assertEquals(48 + 17, checked.size());
        assertAll(checked.stream().flatMap(java.util.Optional::stream)
                .map(day -> () -> assertFalse(day.isAfter(today), day + " is after today")));
    }
}

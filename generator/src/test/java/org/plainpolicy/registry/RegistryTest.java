package org.plainpolicy.registry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

    @Test
    void everyEeaCountryAndTheUkAndSwitzerlandHaveOneNationalAuthority() {
        List<String> countries = new java.util.ArrayList<>(registry.eeaCountries().keySet());
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
            assertFalse(a.address().isBlank(), a.id() + " address");
            assertTrue(a.source().startsWith("https://"), a.id() + " source");
            assertTrue(a.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), a.id() + " id");
        }));
    }

    @Test
    void adequacyDecisionsAreOutsideTheEeaAndTheUsIsOnlyThroughTheDataPrivacyFramework() {
        assertEquals(Safeguard.DATA_PRIVACY_FRAMEWORK, registry.adequacy("US").orElseThrow().safeguard());
        assertEquals(Safeguard.ADEQUACY_DECISION, registry.adequacy("JP").orElseThrow().safeguard());
        assertEquals(Safeguard.ADEQUACY_DECISION, registry.adequacy("GB").orElseThrow().safeguard());
        assertAll(registry.adequacyDecisions().stream().map(d -> () -> {
            assertFalse(registry.inEea(d.country()), d.country() + " is in the EEA");
            assertTrue(d.source().startsWith("https://"), d.country() + " source");
            assertTrue(d.safeguard() == Safeguard.ADEQUACY_DECISION || d.country().equals("US"), d.country());
        }));
    }
}

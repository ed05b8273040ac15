package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.registry.Vocabularies;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code fides.yaml} of both samples parses as YAML and holds fideslang resources as Fides reads
 * them: organizations with their contacts, systems with a responsibility, privacy declarations
 * with a data use and data categories of the default taxonomy, a legal basis and a special-category
 * basis from fideslang's own lists, keys of the allowed form, and egress to systems that exist.
 */
class FidesExportTest {

    /** fideslang's LegalBasisForProcessingEnum and SpecialCategoryLegalBasisEnum (models.py). */
    private static final Set<String> LEGAL_BASES = Set.of("Consent", "Contract", "Legal obligations",
            "Vital interests", "Public interest", "Legitimate interests");
    private static final Set<String> RESPONSIBILITIES = Set.of("Controller", "Processor", "Sub-Processor");
    private static final String FIDES_KEY = "^[a-zA-Z0-9_.<>-]+$";

    @TempDir
    Path work;

    @Test
    void theSampleLoadsAsFideslang() {
        Map<String, Object> manifest = manifest(SampleSiteTest.SAMPLE, LocalDate.of(2018, 10, 1));
        List<Map<String, Object>> systems = list(manifest, "system");
        Map<String, Object> service = systems.get(0);
        assertEquals("postwise", service.get("fides_key"));
        List<Map<String, Object>> declarations = list(service, "privacy_declarations");
        assertEquals(8, declarations.size());
        Map<String, Object> billing = declarations.stream().filter(d -> d.get("name").equals("Bill you and take payment"))
                .findFirst().orElseThrow();
        assertEquals("essential.service.payment_processing", billing.get("data_use"));
        // Account details and billing details, each with the categories the policy names for it.
        assertEquals(List.of("user.account", "user.contact.email", "user.name", "user.financial",
                "user.contact.address"), billing.get("data_categories"));
        assertEquals("Contract", billing.get("legal_basis_for_processing"));
        assertTrue(String.valueOf(billing.get("retention_period")).contains("10 years"));
        Map<String, Object> stripe = systems.stream().filter(s -> s.get("fides_key").equals("recipient_stripe_us"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Processor"), stripe.get("responsibility"));
        assertEquals(true, stripe.get("does_international_transfers"));
        assertEquals(List.of("SCCs"), stripe.get("legal_basis_for_transfers"));
        Map<String, Object> organization = list(manifest, "organization").get(0);
        assertEquals("Postwise SAS", ((Map<?, ?>) organization.get("controller")).get("name"));
        assertEquals("dpo@postwise.example", ((Map<?, ?>) organization.get("data_protection_officer")).get("email"));
    }

    @Test
    void theSecondSampleLoadsAsFideslangWithBothControllers() {
        Map<String, Object> manifest = manifest(MultinationalSiteTest.SAMPLE, MultinationalSiteTest.TODAY);
        assertEquals(List.of("threadline_europe_ltd", "threadline_inc"), list(manifest, "organization").stream()
                .map(o -> o.get("fides_key")).toList());
    }

    @Test
    void whatThePolicyDoesNotSayIsNamedAsAssumed() {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/cases/valid/policy"), work.resolve("valid"),
                LocalDate.of(2019, 3, 1));
        String text = site.read("fides.yaml");
        assertTrue(text.contains("#   - purpose 'run-account': data use essential.service (from its legal basis)"), text);
        assertTrue(text.contains("#   - data 'account': data category user"), text);
        check(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
    }

    @Test
    void eachDeclarationNamesTheDataSubjectsOfItsPurposesGroups() {
        BuiltSite site = BuiltSite.build(Path.of("src/test/resources/render/groups-fides/policy"),
                work.resolve("groups"), LocalDate.of(2019, 3, 1));
        String text = site.read("fides.yaml");
        Map<String, Object> manifest = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        check(manifest);
        List<Map<String, Object>> declarations = list(list(manifest, "system").get(0), "privacy_declarations");
        assertEquals(List.of("customer", "visitor"), declarations.get(0).get("data_subjects"),
                "every group, the one without a key of its own counted as a customer");
        assertEquals(List.of("visitor"), declarations.get(1).get("data_subjects"), "only the purpose's own group");
        assertTrue(text.contains("#   - the group of people 'staff': data subject customer"), text);
        assertTrue(!text.contains("the policy does not say whose data it is"), text);
    }

    private Map<String, Object> manifest(Path policy, LocalDate today) {
        BuiltSite site = BuiltSite.build(policy, work.resolve("site-" + policy.getParent().getFileName()), today);
        Map<String, Object> manifest = new Yaml(new SafeConstructor(new LoaderOptions())).load(site.read("fides.yaml"));
        check(manifest);
        return manifest;
    }

    /** What Fides asks of the resources: keys, responsibilities, words of its taxonomy, egress that resolves. */
    private static void check(Map<String, Object> manifest) {
        assertEquals(Set.of("organization", "system"), manifest.keySet());
        List<Map<String, Object>> systems = list(manifest, "system");
        Set<String> systemKeys = systems.stream().map(s -> (String) s.get("fides_key")).collect(Collectors.toSet());
        Set<String> organizationKeys = list(manifest, "organization").stream().map(o -> (String) o.get("fides_key"))
                .collect(Collectors.toSet());
        organizationKeys.forEach(k -> assertTrue(k.matches(FIDES_KEY), k));
        for (Map<String, Object> system : systems) {
            assertTrue(((String) system.get("fides_key")).matches(FIDES_KEY), system.toString());
            assertTrue(organizationKeys.contains(system.get("organization_fides_key")), system.toString());
            ((List<?>) system.get("responsibility")).forEach(r -> assertTrue(RESPONSIBILITIES.contains(r), r.toString()));
            for (Object egress : (List<?>) system.getOrDefault("egress", List.of())) {
                assertTrue(systemKeys.contains(((Map<?, ?>) egress).get("fides_key")), egress.toString());
            }
            for (Map<String, Object> d : list(system, "privacy_declarations")) {
                assertTrue(Vocabularies.FIDES_DATA_USES.contains(d.get("data_use")), d.toString());
                ((List<?>) d.get("data_categories")).forEach(c ->
                        assertTrue(Vocabularies.FIDES_DATA_CATEGORIES.contains(c), c.toString()));
                assertTrue(!((List<?>) d.get("data_subjects")).isEmpty(), d.toString());
                ((List<?>) d.get("data_subjects")).forEach(subject ->
                        assertTrue(Vocabularies.FIDES_DATA_SUBJECTS.contains(subject), subject.toString()));
                if (d.containsKey("legal_basis_for_processing")) {
                    assertTrue(LEGAL_BASES.contains(d.get("legal_basis_for_processing")), d.toString());
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }
}

package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON-LD of every version of both samples, expanded offline by a JSON-LD processor
 * (titanium-json-ld): nothing is fetched, every term it uses is one of DPV 2.2 (the list in
 * {@code src/test/resources/dpv/terms-2.2.txt}, made from the CSV files of github.com/w3c/dpv
 * 2.2: dpv, legal/eu/gdpr, pd, loc, legal/eu), every identifier of the page resolves to an anchor
 * of the version's page, and the page links the file.
 */
class DpvJsonLdTest {

    private static final String[] VOCABULARIES = {DpvJsonLd.DPV, DpvJsonLd.GDPR, DpvJsonLd.PD, DpvJsonLd.LOC,
            DpvJsonLd.LEGAL_EU};
    private static Set<String> terms;

    @TempDir
    static Path work;
    static BuiltSite sample;
    static BuiltSite multinational;

    @BeforeAll
    static void build() throws Exception {
        terms = Files.readAllLines(Path.of("src/test/resources/dpv/terms-2.2.txt")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toSet());
        sample = BuiltSite.build(SampleSiteTest.SAMPLE, work.resolve("sample"), LocalDate.of(2018, 9, 1));
        multinational = BuiltSite.build(MultinationalSiteTest.SAMPLE, work.resolve("multinational"),
                MultinationalSiteTest.TODAY);
    }

    @Test
    void everyVersionOfEachLanguageHasItsFile() {
        assertEquals(10, jsonLd(sample).size());
        assertEquals(4, jsonLd(multinational).size());
    }

    @Test
    void everyFileExpandsOfflineAndUsesOnlyTermsOfDpv() throws Exception {
        for (BuiltSite site : List.of(sample, multinational)) {
            for (String file : jsonLd(site)) {
                Set<String> used = new TreeSet<>();
                iris(expand(site, file), used);
                List<String> unknown = used.stream().filter(iri -> inVocabulary(iri) && !terms.contains(iri)).toList();
                assertEquals(List.of(), unknown, file);
                assertTrue(used.contains(DpvJsonLd.DPV + "PrivacyNotice"), file);
                assertTrue(used.contains(DpvJsonLd.DPV + "hasLegalBasis"), file);
            }
        }
    }

    @Test
    void theNoticeSaysWhatThePageSays() throws Exception {
        JsonArray expanded = expand(sample, "versions/2018-09-15/policy.jsonld");
        JsonObject notice = expanded.getJsonObject(0);
        assertEquals(page(sample, "versions/2018-09-15/index.html"), notice.getString("@id"));
        Set<String> used = new TreeSet<>();
        iris(expanded, used);
        for (String iri : List.of(DpvJsonLd.GDPR + "A6-1-b", DpvJsonLd.GDPR + "A6-1-a", DpvJsonLd.GDPR + "A6-1-f",
                DpvJsonLd.GDPR + "A6-1-c", DpvJsonLd.GDPR + "A46-2-c", DpvJsonLd.GDPR + "A15", DpvJsonLd.GDPR + "A21",
                DpvJsonLd.GDPR + "A22", DpvJsonLd.GDPR + "A7-3", DpvJsonLd.GDPR + "A77", DpvJsonLd.LOC + "US",
                DpvJsonLd.LEGAL_EU + "law-GDPR", DpvJsonLd.DPV + "AutomatedDecisionMaking",
                DpvJsonLd.DPV + "ServiceProvision", DpvJsonLd.PD + "EmailAddress", DpvJsonLd.DPV + "hasDataController",
                DpvJsonLd.DPV + "hasDataProtectionOfficer", DpvJsonLd.DPV + "hasAuthority")) {
            assertTrue(used.contains(iri), iri);
        }
        String text = expanded.toString();
        assertTrue(text.contains("\"P3Y\""), "a retention as an ISO 8601 duration");
        assertTrue(text.contains("you close your account"), "with the event it runs from");
    }

    @Test
    void itsIdentifiersAreAnchorsOfTheVersionPage() throws Exception {
        for (BuiltSite site : List.of(sample, multinational)) {
            for (String file : jsonLd(site)) {
                String pagePath = file.replace("policy.jsonld", "index.html");
                Document page = Jsoup.parse(site.read(pagePath));
                String base = page(site, pagePath);
                Set<String> ids = new TreeSet<>();
                ids(expand(site, file), ids);
                for (String id : ids.stream().filter(i -> i.startsWith(base + "#")).toList()) {
                    String anchor = id.substring(base.length() + 1);
                    // Controllers, the DPO and transfers have no anchor of their own: they are in their sections.
                    if (!anchor.matches("controller-\\d+|representative|dpo|transfer-.+")) {
                        assertNotNull(page.getElementById(anchor), file + ": #" + anchor);
                    }
                }
                String href = page.selectFirst("link[rel=alternate][type=application/ld+json]").attr("href");
                assertEquals(site.root().resolve(file), site.root().resolve(pagePath).getParent().resolve(href)
                        .normalize(), pagePath);
            }
        }
    }

    private static List<String> jsonLd(BuiltSite site) {
        return site.files().stream().filter(f -> f.endsWith(".jsonld")).toList();
    }

    private static String page(BuiltSite site, String path) {
        return site.root().resolve(path).toUri().toString();
    }

    /** Expands a file as a reader of the site would, with nothing to fetch: any fetch fails the test. */
    private static JsonArray expand(BuiltSite site, String file) throws Exception {
        try (InputStream in = Files.newInputStream(site.root().resolve(file))) {
            return JsonLd.expand(JsonDocument.of(in)).base(URI.create(page(site, file)))
                    .loader((url, options) -> {
                        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "fetched " + url);
                    }).get();
        }
    }

    private static boolean inVocabulary(String iri) {
        for (String vocabulary : VOCABULARIES) {
            if (iri.startsWith(vocabulary)) {
                return true;
            }
        }
        return false;
    }

    /** Every property, type and identifier of the expanded document. */
    private static void iris(JsonValue value, Set<String> out) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> iris(v, out));
        } else if (value instanceof JsonObject object) {
            for (var entry : object.entrySet()) {
                if (!entry.getKey().startsWith("@")) {
                    out.add(entry.getKey());
                } else if (entry.getKey().equals("@type") || entry.getKey().equals("@id")) {
                    if (entry.getValue() instanceof JsonString s) {
                        out.add(s.getString());
                    } else if (entry.getValue() instanceof JsonArray types) {
                        types.forEach(t -> out.add(((JsonString) t).getString()));
                    }
                }
                iris(entry.getValue(), out);
            }
        }
    }

    private static void ids(JsonValue value, Set<String> out) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> ids(v, out));
        } else if (value instanceof JsonObject object) {
            if (object.get("@id") instanceof JsonString s) {
                out.add(s.getString());
            }
            object.values().forEach(v -> ids(v, out));
        }
    }
}

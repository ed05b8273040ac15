package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.load.Sha256;

/**
 * {@code versions.json} of the sample: valid against the schema the tool ships, newest first, with
 * the status of each version on the build's day, links to files the site has, and the digest of
 * each version's source file. Built on a day a version is still to come and on a day it is current.
 */
class VersionsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void aVersionToComeIsUpcomingAndTheOneInEffectIsCurrent() throws Exception {
        JsonNode json = build(LocalDate.of(2018, 9, 1));
        assertEquals("2018-05-25", json.get("current").asText());
        assertEquals("https://postwise.example/privacy/", json.get("baseUrl").asText());
        assertEquals(List.of("2026-12-01", "2018-09-15", "2018-05-25", "2017-09-01"), ids(json));
        assertEquals(List.of("upcoming", "upcoming", "current", "past"), field(json, "status"));
        JsonNode upcoming = json.get("versions").get(1);
        assertEquals("2018-08-14", upcoming.get("announced").asText());
        assertTrue(upcoming.get("material").asBoolean());
        assertEquals("notices/2018-09-15.html", upcoming.get("languages").get("en").get("notice").asText());
        assertEquals("fr/changes/2018-09-15/index.html", upcoming.get("languages").get("fr").get("changes").asText());
    }

    @Test
    void onceItTakesEffectItIsCurrent() throws Exception {
        JsonNode json = build(LocalDate.of(2018, 10, 1));
        assertEquals("2018-09-15", json.get("current").asText());
        assertEquals(List.of("upcoming", "current", "past", "past"), field(json, "status"));
        // The first version has nothing before it: no changes page and no notice.
        JsonNode first = json.get("versions").get(3).get("languages").get("en");
        assertFalse(first.has("changes"));
        assertFalse(first.has("notice"));
        assertEquals(Set.of("en"), Set.copyOf(iterable(json.get("versions").get(3).get("languages").fieldNames())));
        // A version that is not material is told of on its changes page, with no notice to send.
        JsonNode correction = json.get("versions").get(0);
        assertFalse(correction.get("material").asBoolean());
        assertTrue(correction.get("languages").get("en").has("changes"));
        assertFalse(correction.get("languages").get("en").has("notice"));
    }

    private JsonNode build(LocalDate today) throws Exception {
        Path out = work.resolve("site-" + today);
        BuiltSite site = BuiltSite.build(SampleSiteTest.SAMPLE, out, today);
        JsonNode json = JSON.readTree(site.read("versions.json"));
        assertEquals(Set.of(), schema().validate(json));
        for (JsonNode version : json.get("versions")) {
            for (var language : iterable(version.get("languages").fields())) {
                JsonNode links = language.getValue();
                for (String link : List.of("page", "changes", "notice", "jsonld")) {
                    if (links.has(link)) {
                        assertTrue(Files.isRegularFile(out.resolve(links.get(link).asText())), links.get(link).asText());
                    }
                }
                Path source = SampleSiteTest.SAMPLE.resolve("versions/" + version.get("id").asText() + "."
                        + language.getKey() + ".yaml");
                assertEquals(Sha256.hex(Files.readAllBytes(source)), links.get("sha256").asText(), source.toString());
            }
        }
        return json;
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = VersionsJsonTest.class.getResourceAsStream("/org/plainpolicy/schema/versions.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static List<String> ids(JsonNode json) {
        return field(json, "id");
    }

    private static List<String> field(JsonNode json, String name) {
        List<String> values = new ArrayList<>();
        json.get("versions").forEach(v -> values.add(v.get(name).asText()));
        return values;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> items) {
        List<T> list = new ArrayList<>();
        items.forEachRemaining(list::add);
        return list;
    }
}

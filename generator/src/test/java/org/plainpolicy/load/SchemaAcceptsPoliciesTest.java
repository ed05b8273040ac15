package org.plainpolicy.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas, run by a real draft 2020-12 validator as an editor would, accept the policies
 * the loader accepts and refuse what it refuses, so that the editor's help is never wrong.
 */
class SchemaAcceptsPoliciesTest {

    private static final Path SAMPLE = Path.of(System.getProperty("sample.policy", "../sample-policy/policy"));
    private static final Path VALID = Path.of("src/test/resources/cases/valid/policy");
    private static final Path GERMAN = Path.of("../maven-plugin/src/it/german-default/policy");
    private static final YAMLMapper YAML = new YAMLMapper();

    static Stream<Path> versionFiles() throws Exception {
        return Stream.concat(Files.list(SAMPLE.resolve("versions")), Files.list(VALID.resolve("versions"))).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versionFiles")
    void versionSchemaAcceptsAValidVersion(Path file) throws Exception {
        assertEquals(Set.of(), schema("policy-version.schema.json").validate(YAML.readTree(file.toFile())));
    }

    @Test
    void siteSchemaAcceptsTheSitesSettings() throws Exception {
        for (Path site : List.of(SAMPLE.resolve("site.yaml"), VALID.resolve("site.yaml"))) {
            assertEquals(Set.of(), schema("site.schema.json").validate(YAML.readTree(site.toFile())), site.toString());
        }
    }

    @Test
    void siteSchemaAcceptsAGermanDefaultAndRefusesALanguageOutsideTheEea() throws Exception {
        JsonNode site = YAML.readTree(GERMAN.resolve("site.yaml").toFile());
        assertEquals(Set.of(), schema("site.schema.json").validate(site));
        ((com.fasterxml.jackson.databind.node.ObjectNode) site).put("defaultLanguage", "ja");
        assertEquals(List.of("$.defaultLanguage"), schema("site.schema.json").validate(site).stream()
                .map(m -> m.getInstanceLocation().toString()).distinct().toList());
    }

    @Test
    void versionSchemaRefusesAnUnknownKeyAndAWrongWord() throws Exception {
        JsonNode policy = YAML.readTree(VALID.resolve("versions/2019-03-01.en.yaml").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) policy).put("contoller", "x");
        ((com.fasterxml.jackson.databind.node.ObjectNode) policy.get("purposes").get(0)).put("legalBasis", "because");
        Set<ValidationMessage> errors = schema("policy-version.schema.json").validate(policy);
        assertFalse(errors.isEmpty());
        assertEquals(2, errors.stream().map(ValidationMessage::getInstanceLocation).distinct().count(), errors::toString);
    }

    private static JsonSchema schema(String name) throws Exception {
        try (InputStream in = SchemaAcceptsPoliciesTest.class.getResourceAsStream("/org/plainpolicy/schema/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}

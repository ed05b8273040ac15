package org.plainpolicy.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The JSON Schemas that editors use and the loader's key table must say the same thing: the same
 * keys in every mapping and the same allowed words, and every key explained.
 */
class SchemaInStepTest {

    private static final Map<String, Object> VERSION = schema("policy-version.schema.json");
    private static final Map<String, Object> SITE = schema("site.schema.json");

    static Stream<Arguments> kinds() {
        return Format.keys().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static Stream<Arguments> words() {
        return Format.words().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void schemaHasTheLoadersKeys(String kind, List<String> keys) {
        Map<String, Object> object = objectAt(kind);
        assertEquals(new TreeSet<>(keys), new TreeSet<>(properties(object).keySet()), kind);
        assertEquals(Boolean.FALSE, object.get("additionalProperties"), kind + " must refuse unknown keys");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyKeyIsExplained(String kind, List<String> keys) {
        Map<String, Object> properties = properties(objectAt(kind));
        for (String key : keys) {
            Map<String, Object> property = resolve(root(kind), map(properties.get(key)));
            Object description = map(properties.get(key)).getOrDefault("description", property.get("description"));
            assertTrue(description instanceof String text && !text.isBlank(), kind + "." + key + " has no description");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("words")
    void schemaAllowsTheLoadersWords(String path, List<String> words) {
        int dot = path.lastIndexOf('.');
        String kind = path.substring(0, dot);
        Map<String, Object> property = resolve(root(kind), map(properties(objectAt(kind)).get(path.substring(dot + 1))));
        assertEquals(words, property.get("enum"), path);
    }

    @Test
    void schemasAreDraft202012() {
        for (Map<String, Object> schema : List.of(VERSION, SITE)) {
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema"));
            assertFalse(String.valueOf(schema.get("$id")).isBlank());
        }
    }

    /** The schema object that describes a kind of mapping: {@code purposes[]} is the items of purposes. */
    private static Map<String, Object> objectAt(String kind) {
        Map<String, Object> root = root(kind);
        if (kind.equals(Format.VERSION) || kind.equals(Format.SITE)) {
            return root;
        }
        Map<String, Object> node = root;
        for (String segment : kind.split("\\.")) {
            boolean item = segment.endsWith("[]");
            String name = item ? segment.substring(0, segment.length() - 2) : segment;
            node = objectIn(root, resolve(root, map(properties(node).get(name))));
            if (item) {
                node = objectIn(root, resolve(root, map(node.get("items"))));
            }
        }
        return node;
    }

    private static Map<String, Object> root(String kind) {
        return kind.equals(Format.SITE) || kind.equals("plainLanguage") ? SITE : VERSION;
    }

    /** The object branch of a schema that may also allow a plain value (supervisoryAuthority). */
    private static Map<String, Object> objectIn(Map<String, Object> root, Map<String, Object> schema) {
        if (schema.containsKey("anyOf")) {
            for (Object branch : (List<?>) schema.get("anyOf")) {
                Map<String, Object> resolved = resolve(root, map(branch));
                if ("object".equals(resolved.get("type")) || "array".equals(resolved.get("type"))) {
                    return resolved;
                }
            }
        }
        return schema;
    }

    private static Map<String, Object> resolve(Map<String, Object> root, Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        Map<String, Object> node = root;
        for (String part : ref.toString().substring(2).split("/")) {
            node = map(node.get(part));
        }
        return resolve(root, node);
    }

    private static Map<String, Object> properties(Map<String, Object> object) {
        Set<String> keys = object.containsKey("properties") ? map(object.get("properties")).keySet() : Set.of();
        assertFalse(keys.isEmpty(), "no properties in " + object.keySet());
        return map(object.get("properties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new AssertionError("expected a JSON object, got " + value);
        }
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> schema(String name) {
        try (InputStream in = SchemaInStepTest.class.getResourceAsStream("/org/plainpolicy/schema/" + name)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.plainpolicy.validate.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The languages the site schema offers editors are those the plain-language checks know: the EEA's. */
class SchemaLanguagesTest {

    @Test
    void theSiteSchemaListsTheLanguagesOfTheEea() throws IOException {
        try (InputStream in = SchemaLanguagesTest.class.getResourceAsStream("/org/plainpolicy/schema/site.schema.json")) {
            Map<String, Map<String, Map<String, List<String>>>> schema =
                    new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            assertEquals(new TreeSet<>(Language.codes()), new TreeSet<>(schema.get("$defs").get("language").get("enum")));
        }
    }
}

package org.plainpolicy.render;

import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** JSON as the site writes it: indented, keys in the order they were added, UTF-8, ending in a newline. */
final class Json {

    static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private Json() {
    }

    static OutputFile file(String path, JsonObject object) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(object);
        }
        String text = out.toString().strip() + "\n";
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}

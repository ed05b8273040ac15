package org.plainpolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void aControlCharacterQuotedInAMessageReachesTheLogAsItsCode() {
        Finding finding = Finding.error(new Position(Path.of("site.yaml"), 3, 5),
                "'e\u001B[2Jn\u0085' in `languages` is not a language code", "format");
        assertEquals("site.yaml:3:5: error: 'e\\u001B[2Jn\\u0085' in `languages` is not a language code [format]",
                finding.toLine(Path.of("")));
    }

    @Test
    void aMessageWithoutControlCharactersIsKeptAsItIs() {
        String message = "the key 'purposes' appears twice — keep « one »";
        assertEquals(message, Finding.warning(Position.startOf(Path.of("a.yaml")), message, "format").message());
    }
}

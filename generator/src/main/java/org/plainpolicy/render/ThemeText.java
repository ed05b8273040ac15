package org.plainpolicy.render;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The text of a file of {@code templates/}: UTF-8 only, so that what the editor sees is what is published. */
final class ThemeText {

    private ThemeText() {
    }

    /** {@code bytes} as UTF-8 text, or empty after {@code problems} has been told why not. */
    static Optional<String> utf8(byte[] bytes, Path file, List<String> problems) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add("'" + file.getFileName() + "' is not UTF-8 text; save it as UTF-8 in your editor");
            return Optional.empty();
        }
    }
}

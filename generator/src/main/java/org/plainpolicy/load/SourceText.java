package org.plainpolicy.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;

/** Reads a policy file as UTF-8 text, refusing what is too big, binary or in another encoding. */
final class SourceText {

    private SourceText() {
    }

    static Optional<String> read(ProjectFiles files, Path file, List<Finding> findings) {
        return readBytes(files, file, findings).flatMap(bytes -> decode(file, bytes, findings));
    }

    /** The file's bytes, unless the rule of {@link ProjectFiles} refuses it. */
    static Optional<byte[]> readBytes(ProjectFiles files, Path file, List<Finding> findings) {
        List<String> problems = new ArrayList<>();
        Optional<byte[]> bytes = files.read(file, ProjectFiles.MAX_POLICY_BYTES, problems);
        problems.forEach(problem -> findings.add(error(Position.startOf(file), problem)));
        return bytes;
    }

    static Optional<String> decode(Path file, byte[] bytes, List<Finding> findings) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            findings.add(error(Position.startOf(file), "the file is saved as UTF-16; save it as UTF-8"));
            return Optional.empty();
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            int offset = buffer.position();
            findings.add(error(positionOfByte(file, bytes, start, offset), String.format(
                    "the file is not UTF-8 (byte 0x%02X here); save it as UTF-8", bytes[offset] & 0xFF)));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            findings.add(error(Position.startOf(file), "the file is not UTF-8; save it as UTF-8"));
            return Optional.empty();
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            findings.add(error(positionOfChar(file, text, nul),
                    "the file holds binary data, not text; a policy file is YAML text"));
            return Optional.empty();
        }
        if (text.isBlank()) {
            findings.add(error(Position.startOf(file), "the file is empty; write the policy in it as YAML"));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    static Position positionOfChar(Path file, CharSequence text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(file, line, column);
    }

    private static Position positionOfByte(Path file, byte[] bytes, int start, int offset) {
        String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
        return positionOfChar(file, before, before.length());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }

    private static Finding error(Position at, String message) {
        return Finding.error(at, message, Format.REFERENCE);
    }
}

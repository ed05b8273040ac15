package org.plainpolicy.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces one file whole: the new content is written beside it under a name no one else uses,
 * then moved over it, so that a reader sees the old file or the new one, never half of one.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target}. The file is created as any file the user makes is
     * (the umask decides), not private as a temporary file would be.
     */
    public static void replace(Path target, byte[] content) throws IOException {
        Path fresh = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(fresh, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(fresh);
        }
    }
}

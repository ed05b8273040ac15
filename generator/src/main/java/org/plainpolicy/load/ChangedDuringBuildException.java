package org.plainpolicy.load;

import java.nio.file.Path;

/** A version file changed while a build was reading it: the build stops rather than mix two states. */
public final class ChangedDuringBuildException extends RuntimeException {

    private final Path file;

    public ChangedDuringBuildException(Path file) {
        super(file + " changed during the build; run the build again");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}

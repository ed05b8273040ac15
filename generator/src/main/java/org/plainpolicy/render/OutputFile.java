package org.plainpolicy.render;

import java.util.Objects;

/** A file of the site: its path under the output directory, with '/' separators, and its bytes. */
public record OutputFile(String path, byte[] content) {

    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("not a relative path inside the site: " + path);
        }
    }
}

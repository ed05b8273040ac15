package org.plainpolicy.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/** A place in a policy source file: 1-based line and column. */
public record Position(Path file, int line, int column) implements Comparable<Position> {

    private static final Comparator<Position> ORDER = Comparator
            .comparing((Position p) -> p.file().toString())
            .thenComparingInt(Position::line)
            .thenComparingInt(Position::column);

    public Position {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
    }

    /** The start of a file, for problems that concern the whole file. */
    public static Position startOf(Path file) {
        return new Position(file, 1, 1);
    }

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }
}

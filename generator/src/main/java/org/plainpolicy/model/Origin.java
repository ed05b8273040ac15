package org.plainpolicy.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a YAML mapping came from: its own position and the position of each key it holds.
 * The model keeps these beside the values so that every finding can point at the right place,
 * at the key when it is there, at the mapping (its parent key) when it is missing.
 *
 * @param at       position of the mapping (of the key that holds it)
 * @param keys     position of each key present in the file, even when its value was rejected or empty
 * @param rejected keys whose value the loader already reported as malformed, so that the validator
 *                 does not report them a second time as missing
 * @param values   where each text value starts, by key, and by {@code key#i} for the items of a list
 *                 of texts: the plain-language checks point inside the text from there
 *
 * <p>Where a value was written is not part of the value: any two origins are equal, so that the
 * model's records compare by what they say. The same purpose one line lower is the same purpose.
 */
public record Origin(Position at, Map<String, Position> keys, Set<String> rejected, Map<String, Position> values) {

    public Origin {
        Objects.requireNonNull(at, "at");
        keys = Map.copyOf(keys);
        rejected = Set.copyOf(rejected);
        values = Map.copyOf(values);
    }

    public static Origin of(Position at) {
        return new Origin(at, Map.of(), Set.of(), Map.of());
    }

    /** Where the value of {@code key} starts, or the key itself when it has no value. */
    public Position valueOf(String key) {
        return values.getOrDefault(key, of(key));
    }

    /** The position of {@code key}, or of this mapping when the key is absent. */
    public Position of(String key) {
        return keys.getOrDefault(key, at);
    }

    public boolean has(String key) {
        return keys.containsKey(key);
    }

    public boolean rejected(String key) {
        return rejected.contains(key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Origin;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}

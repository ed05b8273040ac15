package org.plainpolicy.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed set of words that a policy file may use for one key, such as the legal bases. */
public interface Word {

    /** The word as written in the YAML file. */
    String word();

    static <E extends Enum<E> & Word> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.word().equals(text)).findFirst();
    }

    static <E extends Enum<E> & Word> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Word::word).toList();
    }
}

package org.plainpolicy.diff;

import java.util.List;
import java.util.Objects;
import org.plainpolicy.model.Retention;

/**
 * One change between two versions, before it is put into words: the message that says it, its
 * arguments, and the anchor of the part of the new page it concerns. Arguments are typed, so that
 * each language's sentences know what they are given: the policy's own text, a word of the theme, a
 * country, a list of names, a retention rule.
 */
public record Change(String message, List<Argument> arguments, String anchor) {

    public Change {
        Objects.requireNonNull(message, "message");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(anchor, "anchor");
    }

    static Change of(String message, String anchor, Argument... arguments) {
        return new Change(message, List.of(arguments), anchor);
    }

    /** A value a change sentence is filled with; {@link Words} says it in one language. */
    public sealed interface Argument permits Text, Term, Country, Names, Rule {

        /** The argument in the words of {@code words}' language. */
        String in(Words words);
    }

    /** How one language says each kind of argument. */
    public interface Words {

        String term(String key);

        String country(String code);

        String names(List<String> names);

        String retention(Retention retention);
    }

    /** Text from the policy, as the editor wrote it. */
    public record Text(String text) implements Argument {

        @Override
        public String in(Words words) {
            return text;
        }
    }

    /** A word of the theme, by its message key, such as {@code basis.short.consent}. */
    public record Term(String key) implements Argument {

        @Override
        public String in(Words words) {
            return words.term(key);
        }
    }

    /** A country by its ISO code; empty for none. */
    public record Country(String code) implements Argument {

        @Override
        public String in(Words words) {
            return words.country(code);
        }
    }

    /** Several names, joined as each language joins a list, each as written. */
    public record Names(List<String> names) implements Argument {

        public Names {
            names = List.copyOf(names);
        }

        @Override
        public String in(Words words) {
            return words.names(names);
        }
    }

    /** How long a category of data is kept. */
    public record Rule(Retention retention) implements Argument {

        @Override
        public String in(Words words) {
            return words.retention(retention);
        }
    }
}

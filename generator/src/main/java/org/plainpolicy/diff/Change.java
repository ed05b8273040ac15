package org.plainpolicy.diff;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.plainpolicy.model.Retention;
import org.plainpolicy.model.RetentionPeriod;

/**
 * One change between two versions, before it is put into words: its kind (which says the message
 * and the weight), its arguments, and the anchor of the part of the new page it concerns. Arguments
 * are typed, so that each language's sentences know what they are given: the policy's own text, a
 * word of the theme, a country, a list of names, a retention rule, a period, a phrase.
 */
public record Change(ChangeKind kind, List<Argument> arguments, String anchor) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(anchor, "anchor");
    }

    static Change of(ChangeKind kind, String anchor, Argument... arguments) {
        return new Change(kind, List.of(arguments), anchor);
    }

    /** The key of the sentence that says it. */
    public String message() {
        return kind.message();
    }

    public ChangeKind.Weight weight() {
        return kind.weight();
    }

    /** The change in the words of an error line, in no language of the theme: "purpose added (Newsletter)". */
    public String describe() {
        String values = arguments.stream().map(Argument::plain).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(", "));
        return kind.describe() + (values.isEmpty() ? "" : " (" + values + ")");
    }

    /** A value a change sentence is filled with; {@link Words} says it in one language. */
    public sealed interface Argument permits Text, Term, Country, Countries, Names, Rule, Period, Phrase, Joined {

        /** The argument in the words of {@code words}' language. */
        String in(Words words);

        /** The argument as the policy file writes it, for an error line. */
        String plain();
    }

    /** How one language says each kind of argument. */
    public interface Words {

        String term(String key);

        String country(String code);

        String names(List<String> names);

        String retention(Retention retention);

        String period(RetentionPeriod period);

        String phrase(String key, List<String> arguments);
    }

    /** Text from the policy, as the editor wrote it. */
    public record Text(String text) implements Argument {

        @Override
        public String in(Words words) {
            return text;
        }

        @Override
        public String plain() {
            return text;
        }
    }

    /** A word of the theme, by its message key, such as {@code basis.short.consent}. */
    public record Term(String key) implements Argument {

        @Override
        public String in(Words words) {
            return words.term(key);
        }

        /** The word of the file the term says: "consent" for basis.short.consent, "human-review" for its right. */
        @Override
        public String plain() {
            String[] parts = key.split("\\.");
            String last = parts[parts.length - 1];
            return (last.equals("title") || last.equals("text")) && parts.length > 1 ? parts[parts.length - 2] : last;
        }
    }

    /** A country by its ISO code; empty for none. */
    public record Country(String code) implements Argument {

        @Override
        public String in(Words words) {
            return words.country(code);
        }

        @Override
        public String plain() {
            return code;
        }
    }

    /** Several countries by their ISO codes, named and joined as a list in each language. */
    public record Countries(List<String> codes) implements Argument {

        public Countries {
            codes = List.copyOf(codes);
        }

        @Override
        public String in(Words words) {
            return words.names(codes.stream().map(words::country).toList());
        }

        @Override
        public String plain() {
            return String.join(", ", codes);
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

        @Override
        public String plain() {
            return String.join(", ", names);
        }
    }

    /** How long a category of data is kept. */
    public record Rule(Retention retention) implements Argument {

        @Override
        public String in(Words words) {
            return words.retention(retention);
        }

        @Override
        public String plain() {
            return retention.period().map(RetentionPeriod::toString).orElse("criteria");
        }
    }

    /** A length of time, such as the time to answer a request. */
    public record Period(RetentionPeriod period) implements Argument {

        @Override
        public String in(Words words) {
            return words.period(period);
        }

        @Override
        public String plain() {
            return period.toString();
        }
    }

    /** A phrase of the theme with its own arguments, said inside a sentence: "Mailer Inc. in the United States". */
    public record Phrase(String key, List<Argument> arguments) implements Argument {

        public Phrase {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String in(Words words) {
            return words.phrase(key, arguments.stream().map(argument -> argument.in(words)).toList());
        }

        @Override
        public String plain() {
            return arguments.stream().map(Argument::plain).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        }
    }

    /** Arguments said one after the other, as the page shows a label and its value. */
    public record Joined(List<Argument> arguments) implements Argument {

        public Joined {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String in(Words words) {
            return arguments.stream().map(argument -> argument.in(words)).collect(Collectors.joining(" "));
        }

        @Override
        public String plain() {
            return arguments.stream().map(Argument::plain).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
        }
    }
}

package org.plainpolicy.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.plainpolicy.model.ControlCharacters;
import org.plainpolicy.model.CookieDuration;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Origin;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.Reference;
import org.plainpolicy.model.RetentionPeriod;
import org.plainpolicy.model.Word;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the keys of one YAML mapping into typed values, reporting every malformed value, unknown
 * key and duplicate key as a finding at its position. A malformed value reads as absent and is
 * remembered in the {@link Origin} as rejected, so that it is reported once, not again as missing.
 */
final class Fields {

    private final Path file;
    private final Position at;
    private final String kind;
    private final List<Finding> findings;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Position> keys = new LinkedHashMap<>();
    private final Set<String> rejected = new HashSet<>();
    private final Map<String, Position> valuePositions = new LinkedHashMap<>();

    private Fields(MappingNode node, Path file, Position at, String kind, List<Finding> findings) {
        this.file = file;
        this.at = at;
        this.kind = kind;
        this.findings = findings;
        readKeys(node);
    }

    /** Reads {@code node} as a mapping of {@code kind}, or reports that it is not one. */
    static Optional<Fields> of(Node node, Path file, Position at, String kind, List<Finding> findings) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new Fields(mapping, file, at, kind, findings));
        }
        findings.add(Finding.error(SafeYaml.position(file, node.getStartMark()),
                label(kind) + " must be a mapping of keys and values (key: value), not " + describe(node),
                Format.REFERENCE));
        return Optional.empty();
    }

    private void readKeys(MappingNode node) {
        List<String> allowed = Format.keysOf(kind);
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position keyAt = SafeYaml.position(file, keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode scalar)) {
                error(keyAt, "a key must be a plain word, not " + describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            Optional<Integer> control = controlCharacter(key);
            if (control.isPresent()) {
                error(keyAt, String.format("the key holds the control character U+%04X; remove it", control.get()));
            } else if (key.equals("<<")) {
                error(keyAt, "merge keys (<<) are not supported; write the keys out");
            } else if (keys.containsKey(key)) {
                error(keyAt, "the key '" + key + "' appears twice in " + label(kind) + " (first on line "
                        + keys.get(key).line() + "); keep only one");
            } else if (!allowed.contains(key)) {
                keys.put(key, keyAt);
                error(keyAt, "unknown key '" + key + "' in " + label(kind) + unknownHint(key, allowed));
                // A misspelt key is one problem: the key it was meant to be is not reported missing as well.
                Suggestions.closest(key, allowed).ifPresent(rejected::add);
            } else {
                keys.put(key, keyAt);
                values.put(key, tuple.getValueNode());
            }
        }
    }

    private static String unknownHint(String key, List<String> allowed) {
        String suggestion = Suggestions.didYouMean(key, allowed);
        return suggestion.isEmpty() ? "; the keys here are: " + String.join(", ", allowed) : suggestion;
    }

    Position at() {
        return at;
    }

    String kind() {
        return kind;
    }

    /** The mapping under {@code key} when it is one; empty, and nothing reported, when it is a plain value. */
    Optional<Fields> mappingIfMapping(String key, String kind) {
        return values.get(key) instanceof MappingNode ? mapping(key, kind) : Optional.empty();
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** The position of a key's value, or of the key itself when the value is empty. */
    Position valueAt(String key) {
        Node node = values.get(key);
        return node == null ? keys.getOrDefault(key, at) : SafeYaml.position(file, node.getStartMark());
    }

    Origin origin() {
        return new Origin(at, keys, rejected, valuePositions);
    }

    /** Text, possibly CommonMark; a number or a word such as {@code true} is read as the text it is. */
    Optional<String> text(String key) {
        return scalar(key).map(String::strip).filter(s -> !s.isEmpty());
    }

    Optional<Boolean> bool(String key) {
        return parsed(key, s -> switch (s) {
            case "true", "True", "TRUE" -> Optional.of(true);
            case "false", "False", "FALSE" -> Optional.of(false);
            default -> Optional.empty();
        }, s -> "`" + key + "` must be true or false, not '" + s + "'");
    }

    Optional<Integer> integer(String key, int min, int max) {
        return parsed(key, s -> Values.integer(s).filter(n -> n >= min && n <= max),
                s -> "`" + key + "` must be a whole number from " + min + " to " + max + ", not '" + s + "'");
    }

    Optional<Double> number(String key, double min, double max) {
        return parsed(key, s -> Values.number(s).filter(n -> n >= min && n <= max),
                s -> "`" + key + "` must be a number from " + (int) min + " to " + (int) max + ", not '" + s + "'");
    }

    Optional<LocalDate> date(String key) {
        return parsed(key, Values::date, s -> Values.dateProblem(key, s));
    }

    Optional<String> country(String key) {
        return parsed(key, Values::country, Values::countryProblem);
    }

    /** A list of country codes, each checked; a code given twice is reported once. */
    List<String> countries(String key) {
        List<String> countries = new ArrayList<>();
        for (Node item : list(key)) {
            Position itemAt = SafeYaml.position(file, item.getStartMark());
            itemScalar(item, key).map(String::strip).ifPresent(text -> Values.country(text).ifPresentOrElse(code -> {
                if (countries.contains(code)) {
                    error(itemAt, code + " is in `" + key + "` twice; name each country once");
                } else {
                    countries.add(code);
                }
            }, () -> {
                error(itemAt, Values.countryProblem(text));
                // Reported here: the rules must not add that the list names no country.
                rejected.add(key);
            }));
        }
        return countries;
    }

    Optional<String> email(String key) {
        return parsed(key, Values::email, s -> "'" + s + "' is not an e-mail address; write one such as privacy@example.com");
    }

    Optional<String> webAddress(String key) {
        return parsed(key, Values::webAddress,
                s -> "'" + s + "' is not a web address; write it in full, starting with https://");
    }

    /** An e-mail address or an https URL: where people can write to. */
    Optional<String> emailOrWebAddress(String key) {
        return parsed(key, s -> Values.email(s).or(() -> Values.webAddress(s).filter(u -> u.startsWith("https://"))),
                s -> "'" + s + "' is neither an e-mail address nor an https:// web address; write one of them");
    }

    /** A link to a document: https or mailto. */
    Optional<String> link(String key) {
        return parsed(key, s -> Values.webAddress(s).filter(u -> u.startsWith("https://"))
                        .or(() -> s.startsWith("mailto:") ? Values.email(s.substring(7)).map(e -> s) : Optional.empty()),
                s -> "'" + s + "' is not a link; write an https:// address or a mailto: address");
    }

    Optional<RetentionPeriod> period(String key) {
        return parsed(key, Values::period, s -> "'" + s
                + "' is not a period of time; write a number and a unit, such as 3 years, 6 months or 30 days");
    }

    /** A cookie's lifetime: a period, or {@code session} for one deleted when the browser closes. */
    Optional<CookieDuration> cookieDuration(String key) {
        return parsed(key, s -> s.equals("session") ? Optional.of(CookieDuration.SESSION)
                : Values.period(s).map(CookieDuration::of), s -> "'" + s + "' is not how long a cookie lasts; write a "
                + "period, such as 13 months or 30 days, or session for one deleted when the browser closes");
    }

    Optional<String> id(String key) {
        return parsed(key, Values::id, s -> "'" + s
                + "' is not an id; use lowercase letters, digits and hyphens, such as send-email");
    }

    Optional<String> language(String key) {
        return parsed(key, Values::language, s -> "'" + s
                + "' is not a language code; write a lowercase two-letter code such as en or fr");
    }

    <E extends Enum<E> & Word> Optional<E> word(String key, Class<E> type) {
        List<String> words = Word.words(type);
        return parsed(key, s -> Word.parse(type, s), s -> "`" + key + "` cannot be '" + s + "'; write one of: "
                + String.join(", ", words) + Suggestions.didYouMean(s, words));
    }

    Optional<Fields> mapping(String key, String kind) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        Optional<Fields> fields = Fields.of(node, file, keys.get(key), kind, findings);
        if (fields.isEmpty()) {
            rejected.add(key);
        }
        return fields;
    }

    boolean isList(String key) {
        return values.get(key) instanceof SequenceNode;
    }

    /**
     * The items of a list that holds ids or mappings (an authority by its registry id, or described):
     * each id made by {@code id}, each mapping by {@code mapping}; anything else is reported.
     */
    <T> List<T> scalarsOrMappings(String key, String kind, BiFunction<String, Position, T> id,
                                  Function<Fields, T> mapping) {
        List<T> items = new ArrayList<>();
        for (Node item : list(key)) {
            Position itemAt = SafeYaml.position(file, item.getStartMark());
            if (item instanceof MappingNode) {
                Fields.of(item, file, itemAt, kind, findings).map(mapping).ifPresent(items::add);
            } else {
                itemScalar(item, key).map(String::strip).filter(s -> !s.isEmpty()).ifPresent(s -> Values.id(s)
                        .ifPresentOrElse(value -> items.add(id.apply(value, itemAt)), () -> error(itemAt, "'" + s
                                + "' in `" + key + "` is not an id; use lowercase letters, digits and hyphens, such "
                                + "as cnil")));
            }
        }
        return items;
    }

    /** The mappings of a list; items that are not mappings are reported and left out. */
    List<Fields> items(String key, String kind) {
        List<Fields> items = new ArrayList<>();
        for (Node item : list(key)) {
            Fields.of(item, file, SafeYaml.position(file, item.getStartMark()), kind, findings).ifPresent(items::add);
        }
        return items;
    }

    /** The text items of a list; empty items are reported and left out. */
    List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (Node item : list(key)) {
            Position itemAt = SafeYaml.position(file, item.getStartMark());
            itemScalar(item, key).map(String::strip).ifPresent(text -> {
                if (text.isEmpty()) {
                    error(itemAt, "an item of `" + key + "` is empty");
                } else {
                    valuePositions.put(key + "#" + texts.size(), itemAt);
                    texts.add(text);
                }
            });
        }
        return texts;
    }

    /** A mapping of free text keys to text values, such as jargon terms and their plainer words. */
    Map<String, String> mappingEntries(String key) {
        Map<String, String> entries = new LinkedHashMap<>();
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return entries;
        }
        if (!(node instanceof MappingNode mapping)) {
            reject(key, "`" + key + "` must be a mapping of terms to plainer words (term: plainer words), not "
                    + describe(node));
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && tuple.getValueNode() instanceof ScalarNode v
                    && !k.getValue().isBlank() && !v.getValue().isBlank()) {
                Optional<String> term = checkedText(k);
                Optional<String> words = checkedText(v);
                if (term.isPresent() && words.isPresent()) {
                    entries.put(term.get().strip(), words.get().strip());
                }
            } else {
                error(SafeYaml.position(file, tuple.getKeyNode().getStartMark()), "each entry of `" + key
                        + "` is a term and its plainer words, both as text");
            }
        }
        return entries;
    }

    /** A list of ids, each with its position for the findings about it. */
    List<Reference> references(String key) {
        List<Reference> references = new ArrayList<>();
        for (Node item : list(key)) {
            Position itemAt = SafeYaml.position(file, item.getStartMark());
            itemScalar(item, key).ifPresent(s -> Values.id(s).ifPresentOrElse(
                    id -> references.add(new Reference(id, itemAt)),
                    () -> error(itemAt, "'" + s + "' in `" + key + "` is not an id; ids use lowercase letters, "
                            + "digits and hyphens")));
        }
        return references;
    }

    /** The items of a list; a single value where a list belongs is reported. */
    List<Node> list(String key) {
        Node node = values.get(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        reject(key, "`" + key + "` must be a list (lines starting with '- ' or [a, b]), not " + describe(node));
        return List.of();
    }

    /** The item's text, "" for an empty item; empty after reporting an item that is not text or may not be. */
    private Optional<String> itemScalar(Node item, String key) {
        if (item instanceof ScalarNode scalar) {
            return isNull(scalar) ? Optional.of("") : checkedText(scalar);
        }
        error(SafeYaml.position(file, item.getStartMark()), "an item of `" + key + "` must be text, not "
                + describe(item));
        return Optional.empty();
    }

    /** The scalar's text, or empty after reporting at it what it may not hold. */
    private Optional<String> checkedText(ScalarNode scalar) {
        List<String> problems = problemsWithText(scalar.getValue());
        problems.forEach(problem -> error(SafeYaml.position(file, scalar.getStartMark()), problem));
        return problems.isEmpty() ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    private Optional<String> scalar(String key) {
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            valuePositions.put(key, SafeYaml.position(file, scalar.getStartMark()));
            if (isNull(scalar)) {
                return Optional.empty();
            }
            Optional<String> text = checkedText(scalar);
            if (text.isEmpty()) {
                rejected.add(key);
            }
            return text;
        }
        reject(key, "`" + key + "` must be text, not " + describe(node));
        return Optional.empty();
    }

    /**
     * What no text value may hold, whatever its key: control characters (they break the feed's XML
     * and can drive a terminal that shows the log), and Markdown that breaks {@link MarkdownLimits}.
     * A value with a problem reads as absent, so no later stage sees it.
     */
    private static List<String> problemsWithText(String text) {
        List<String> problems = new ArrayList<>();
        controlCharacter(text).ifPresent(c -> problems.add(String.format(
                "the value holds the control character U+%04X, which no text may hold; remove it", c)));
        problems.addAll(MarkdownLimits.problems(text));
        return problems;
    }

    /** The first C0 control other than tab, line feed and carriage return, DEL, or C1 control in {@code text}. */
    private static Optional<Integer> controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ControlCharacters.isControl(c)) {
                return Optional.of((int) c);
            }
        }
        return Optional.empty();
    }

    private <T> Optional<T> parsed(String key, Function<String, Optional<T>> parser,
                                   Function<String, String> problem) {
        Optional<String> raw = text(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parser.apply(raw.get());
        if (value.isEmpty()) {
            reject(key, problem.apply(raw.get()));
        }
        return value;
    }

    private void reject(String key, String message) {
        rejected.add(key);
        error(valueAt(key), message);
    }

    void error(Position position, String message) {
        findings.add(Finding.error(position, message, Format.REFERENCE));
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    private static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    /** {@code purposes[]} reads as "an item of purposes", {@code personalData[].retention} as "retention". */
    static String label(String kind) {
        if (kind.equals(Format.VERSION)) {
            return "the version file";
        }
        if (kind.equals(Format.SITE)) {
            return "site.yaml";
        }
        String last = kind.substring(kind.lastIndexOf('.') + 1);
        return last.endsWith("[]") ? "an item of `" + last.substring(0, last.length() - 2) + "`" : "`" + last + "`";
    }
}

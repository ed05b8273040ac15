package org.plainpolicy.load;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML text into SnakeYAML's node tree, which keeps positions, and never into objects:
 * no tag can instantiate a class. Each parser event is checked before the composer takes it, in
 * one pass: explicit tags, deep nesting and aliases that could expand into a "billion laughs" stop
 * the composing, each with its position; SnakeYAML's own limits stay set as a second line of defence.
 *
 * <p>An alias is measured by what it expands to, since every later stage (the checks, the pages,
 * the feed) reads the value once for each alias: a scalar counts its characters plus one (so that
 * empty values count too), a list or mapping one plus what it holds, aliases inside at their own
 * expanded size. A file with aliases may expand to at most {@link #MAX_EXPANDED_SIZE}, the size a
 * policy file may have, so that aliases never make a version bigger than a file written out may
 * be; a file without aliases is bounded by that file size already.
 */
final class SafeYaml {

    static final int MAX_DEPTH = 40;
    /** Aliases of lists or mappings, each of which repeats a whole structure that every stage walks. */
    static final int MAX_COLLECTION_ALIASES = 10;
    /**
     * Aliases of any kind. A policy that repeats a value (a retention text, a country) needs a few
     * dozen at most; the sample and test policies use none. The count is limited apart from the
     * size because each alias, however small, is a value that every later stage reads again.
     */
    static final int MAX_ALIASES = 1_000;
    /** What a file with aliases may expand to, in characters: the size limit of a policy file. */
    static final long MAX_EXPANDED_SIZE = ProjectFiles.MAX_POLICY_BYTES;
    private static final String STR_TAG = "tag:yaml.org,2002:str";

    private SafeYaml() {
    }

    /** The document's root node, or empty after adding a finding that says why not. */
    static Optional<Node> parse(Path file, String text, List<Finding> findings) {
        try {
            LoaderOptions options = options();
            CheckedEvents events = new CheckedEvents(file, new ParserImpl(new StreamReader(text), options));
            Node root = new Composer(events, new Resolver(), options).getSingleNode();
            if (root == null) {
                findings.add(Finding.error(Position.startOf(file),
                        "the file holds no YAML content; write the policy in it", Format.REFERENCE));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (Unsafe e) {
            findings.add(e.finding);
        } catch (MarkedYAMLException e) {
            findings.add(syntaxError(file, e));
        } catch (ReaderException e) {
            findings.add(Finding.error(SourceText.positionOfChar(file, text, e.getPosition()),
                    String.format("the character U+%04X cannot appear in YAML; remove it", e.getCodePoint()),
                    Format.YAML_REFERENCE));
        } catch (YAMLException e) {
            findings.add(Finding.error(Position.startOf(file), "the YAML cannot be read: " + e.getMessage(),
                    Format.YAML_REFERENCE));
        }
        return Optional.empty();
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH + 10);
        options.setCodePointLimit((int) ProjectFiles.MAX_POLICY_BYTES);
        options.setMergeOnCompose(false);
        options.setTagInspector(tag -> false);
        return options;
    }

    /** What stops the composing: an event that a policy file must not hold. */
    private static final class Unsafe extends RuntimeException {

        private final transient Finding finding;

        Unsafe(Finding finding) {
            super(finding.message(), null, false, false);
            this.finding = finding;
        }
    }

    /** The parser's events, each checked as the composer takes it. */
    private static final class CheckedEvents implements Parser {

        private final Path file;
        private final Parser parser;
        private final Map<String, Boolean> anchorIsCollection = new HashMap<>();
        /** The expanded size of each anchored value, once the value is complete. */
        private final Map<String, Long> anchorSizes = new HashMap<>();
        /** The lists and mappings being read, innermost first, each with its size so far. */
        private final Deque<OpenCollection> open = new ArrayDeque<>();
        private int collectionAliases;
        private int aliases;
        private long expandedSize;
        private Mark lastAlias;

        CheckedEvents(Path file, Parser parser) {
            this.file = file;
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            check(event);
            return event;
        }

        private void check(Event event) {
            if (event instanceof NodeEvent node && node.getAnchor() != null && !(event instanceof AliasEvent)) {
                anchorIsCollection.put(node.getAnchor(), event instanceof CollectionStartEvent);
            }
            String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent start ? start.getTag() : null;
            if (tag != null && !tag.equals(STR_TAG) && !tag.equals("!")) {
                throw unsafe(event.getStartMark(), "the type tag '" + shortTag(tag)
                        + "' is not allowed in a policy file; remove it and write the value as plain text");
            }
            if (event instanceof CollectionStartEvent start) {
                if (open.size() >= MAX_DEPTH) {
                    throw unsafe(event.getStartMark(), "lists and mappings are nested more than " + MAX_DEPTH
                            + " levels deep; a policy needs only a few");
                }
                expandedSize++;
                open.push(new OpenCollection(start.getAnchor()));
            } else if (event instanceof CollectionEndEvent) {
                OpenCollection done = open.pop();
                if (done.anchor != null) {
                    anchorSizes.put(done.anchor, done.size);
                }
                addToOpen(done.size);
            } else if (event instanceof ScalarEvent scalar) {
                long size = scalar.getValue().length() + 1L;
                if (scalar.getAnchor() != null) {
                    anchorSizes.put(scalar.getAnchor(), size);
                }
                expandedSize += size;
                addToOpen(size);
            } else if (event instanceof AliasEvent alias) {
                checkAlias(alias);
            }
            if (aliases > 0 && expandedSize > MAX_EXPANDED_SIZE) {
                throw unsafe(lastAlias, "with what its aliases repeat, this file holds more than "
                        + MAX_EXPANDED_SIZE / (1024 * 1024) + " MiB of text, more than a policy file may; "
                        + "write the values out instead of repeating them with aliases (*name)");
            }
        }

        private void checkAlias(AliasEvent alias) {
            String anchor = alias.getAnchor();
            lastAlias = alias.getStartMark();
            if (++aliases > MAX_ALIASES) {
                throw unsafe(lastAlias, "more than " + MAX_ALIASES + " aliases (*" + anchor
                        + ") repeat values; write the values out");
            }
            if (anchorIsCollection.getOrDefault(anchor, false) && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                throw unsafe(lastAlias, "more than " + MAX_COLLECTION_ALIASES + " aliases (*"
                        + anchor + ") repeat lists or mappings; write the values out");
            }
            if (open.stream().anyMatch(c -> anchor.equals(c.anchor))) {
                throw unsafe(lastAlias, "the alias *" + anchor + " repeats the list or mapping it is inside, "
                        + "which never ends; write the values out");
            }
            // An anchor not defined yet is the composer's to report, with its own message.
            long size = anchorSizes.getOrDefault(anchor, 0L);
            expandedSize += size;
            addToOpen(size);
        }

        private void addToOpen(long size) {
            if (!open.isEmpty()) {
                open.peek().size += size;
            }
        }

        private Unsafe unsafe(Mark mark, String message) {
            return new Unsafe(error(file, mark, message));
        }
    }

    /** A list or mapping being read: its anchor, if any, and its expanded size so far. */
    private static final class OpenCollection {

        private final String anchor;
        private long size = 1;

        OpenCollection(String anchor) {
            this.anchor = anchor;
        }
    }

    /** The tag as the file spells it: {@code !!java.io.File}, not SnakeYAML's resolved form. */
    private static String shortTag(String tag) {
        return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    }

    private static Finding error(Path file, Mark mark, String message) {
        return Finding.error(position(file, mark), message, Format.YAML_REFERENCE);
    }

    static Position position(Path file, Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Finding syntaxError(Path file, MarkedYAMLException e) {
        if (e.getContext() != null && e.getContext().contains("quoted scalar") && e.getContextMark() != null) {
            return Finding.error(position(file, e.getContextMark()), "YAML syntax: a quoted value starts here "
                    + "but its closing quote is missing; close it or remove the opening quote", Format.YAML_REFERENCE);
        }
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Position at = mark == null ? Position.startOf(file) : position(file, mark);
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        return Finding.error(at, "YAML syntax: " + explain(problem), Format.YAML_REFERENCE);
    }

    /** SnakeYAML's words for the common mistakes, with what to do about them. */
    private static String explain(String problem) {
        String first = problem.lines().findFirst().orElse(problem).strip();
        if (first.contains("\\t") || first.contains("TAB")) {
            return "a tab is used for indentation; indent with spaces only";
        }
        if (first.startsWith("mapping values are not allowed here")) {
            return "a colon followed by a space inside a value; put the whole value in quotes";
        }
        if (first.startsWith("found duplicate key")) {
            return first + "; keep only one";
        }
        if (first.startsWith("found undefined alias")) {
            return first + "; define the anchor (&name) before using it, or write the value out";
        }
        return first;
    }
}

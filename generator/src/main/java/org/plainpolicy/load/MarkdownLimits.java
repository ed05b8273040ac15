package org.plainpolicy.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * What a text value's Markdown may hold, checked as the file is read so that no later stage parses
 * a value that breaks it: block quotes and lists nested at most {@link #MAX_BLOCK_NESTING} deep,
 * emphasis and links at most {@link #MAX_INLINE_NESTING} deep (every renderer of CommonMark walks
 * the tree recursively, and a few thousand levels overflow its stack), no image (an image from
 * another site is fetched when the page is read, and can track its readers) and no link without a
 * scheme such as {@code //example.com} (it takes whatever scheme the page is read with, and leaves
 * the schemes the format allows).
 *
 * <p>Policies are long (millions of words), so a value is first scanned once, character by
 * character, for what could break a rule; only a value that could is parsed, and its tree is walked
 * without recursion.
 */
public final class MarkdownLimits {

    /** A policy needs two or three levels of lists or quotes; sixteen leaves room for any real text. */
    public static final int MAX_BLOCK_NESTING = 16;
    /** Emphasis inside a link inside emphasis is already unusual; sixteen leaves room for any real text. */
    public static final int MAX_INLINE_NESTING = 16;
    private static final Parser PARSER = MarkdownSyntax.PARSER;
    private static final int SHOWN_ADDRESS_CHARS = 60;

    private MarkdownLimits() {
    }

    /** What the value breaks, each as a message for the person who wrote it; empty when nothing. */
    public static List<String> problems(String text) {
        if (!PreScan.of(text).mayBreakARule() && !mayHoldMailto(text)) {
            return List.of();
        }
        Shape shape = Shape.of(PARSER.parse(text));
        List<String> problems = new ArrayList<>();
        if (shape.blockNesting > MAX_BLOCK_NESTING) {
            problems.add("block quotes and lists are nested " + shape.blockNesting + " levels deep in this text; "
                    + "a policy needs two or three: write it with at most " + MAX_BLOCK_NESTING);
        }
        if (shape.inlineNesting > MAX_INLINE_NESTING) {
            problems.add("emphasis and links are nested " + shape.inlineNesting + " levels deep in this text; "
                    + "a policy needs one or two: write it with at most " + MAX_INLINE_NESTING);
        }
        shape.image.ifPresent(address -> problems.add("the text shows an image (" + shown(address) + "); "
                + "policy text shows no images, which load from another site when the page is read and can "
                + "track its readers: write a link to it instead, [what it shows](https://…)"));
        shape.schemeLessLink.ifPresent(address -> problems.add("the link '" + shown(address) + "' has no scheme; "
                + "write the full address, starting with https://"));
        shape.oddMailto.ifPresent(address -> problems.add("the link '" + shown(address) + "' is not one plain "
                + "e-mail address; a mailto: link may hold nothing else (no ?cc=, ?bcc= or encoded characters, "
                + "which could copy messages to someone else): write it as mailto:privacy@example.com"));
        return problems;
    }

    /** Whether the text may hold a {@code mailto:} link, in any case: the only ones worth parsing it for. */
    private static boolean mayHoldMailto(String text) {
        for (int at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
            if (at >= 6 && text.regionMatches(true, at - 6, "mailto", 0, 6)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a link's address is a {@code mailto:} link to anything but one plain address. */
    static boolean oddMailto(String address) {
        String trimmed = address.strip();
        return trimmed.regionMatches(true, 0, "mailto:", 0, 7) && Values.email(trimmed.substring(7)).isEmpty();
    }

    /** Whether the parsed text is nested deeper than the limits: what a renderer must not recurse into. */
    public static boolean tooDeep(Node document) {
        Shape shape = Shape.of(document);
        return shape.blockNesting > MAX_BLOCK_NESTING || shape.inlineNesting > MAX_INLINE_NESTING;
    }

    /**
     * Whether a link's address starts with two slashes, once the characters a browser ignores are
     * taken out (leading spaces and controls; tabs and line breaks anywhere); a browser reads a
     * backslash as a slash.
     */
    public static boolean schemeLess(String address) {
        StringBuilder start = new StringBuilder(2);
        for (int i = 0; i < address.length() && start.length() < 2; i++) {
            char c = address.charAt(i);
            boolean ignored = c == '\t' || c == '\n' || c == '\r' || (start.isEmpty() && c <= ' ');
            if (!ignored) {
                start.append(c);
            }
        }
        return start.length() == 2 && isSlash(start.charAt(0)) && isSlash(start.charAt(1));
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

    private static String shown(String address) {
        return address.length() <= SHOWN_ADDRESS_CHARS ? address : address.substring(0, SHOWN_ADDRESS_CHARS) + "…";
    }

    /**
     * One pass over the text that proves most values cannot break a rule. Each level of a block quote
     * or list takes at least one character at the start of a line ({@code >}, a list marker, or the
     * indentation that continues an item; a tab counts for two levels, as it indents four columns),
     * so a line whose leading run of such characters is short opens no deep nesting; a line with
     * none continues what earlier lines opened. Each level of emphasis or link takes a {@code *},
     * {@code _} or {@code [} in its paragraph, and a paragraph ends at a blank line. An image needs
     * {@code ![}; a link without a scheme needs {@code ](} or {@code ]:} followed by a slash, a
     * backslash or an entity (which could write a slash).
     */
    private record PreScan(int deepestLineStart, int mostInlineMarks, boolean imageOrOddLink) {

        static PreScan of(String text) {
            int deepestLineStart = 0;
            int mostInlineMarks = 0;
            int inlineMarks = 0;
            boolean imageOrOddLink = false;
            int n = text.length();
            int i = 0;
            while (i < n) {
                int lineStart = 0;
                boolean blank = true;
                for (char c; i < n && isContainerMark(c = text.charAt(i)); i++) {
                    lineStart += c == '\t' ? 2 : 1;
                    inlineMarks += c == '*' ? 1 : 0;
                    blank &= c == ' ' || c == '\t';
                }
                deepestLineStart = Math.max(deepestLineStart, lineStart);
                for (char c; i < n && (c = text.charAt(i)) != '\n' && c != '\r'; i++) {
                    if (c == '*' || c == '_' || c == '[') {
                        inlineMarks++;
                    } else if (c == '!' && i + 1 < n && text.charAt(i + 1) == '[') {
                        imageOrOddLink = true;
                    } else if (c == ']' && i + 1 < n && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == ':')) {
                        imageOrOddLink |= oddAddress(text, i + 2);
                    }
                    blank &= c == ' ' || c == '\t';
                }
                if (blank) {
                    inlineMarks = 0;
                }
                mostInlineMarks = Math.max(mostInlineMarks, inlineMarks);
                // A line ends with \n, \r or \r\n, as CommonMark has it.
                i += i + 1 < n && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n' ? 2 : 1;
            }
            return new PreScan(deepestLineStart, mostInlineMarks, imageOrOddLink);
        }

        boolean mayBreakARule() {
            return deepestLineStart > MAX_BLOCK_NESTING || mostInlineMarks > MAX_INLINE_NESTING || imageOrOddLink;
        }

        private static boolean isContainerMark(char c) {
            return c == ' ' || c == '\t' || c == '>' || c == '-' || c == '+' || c == '*' || c == '.' || c == ')'
                    || (c >= '0' && c <= '9');
        }

        /**
         * Whether the address that starts at {@code from} (after spaces, a line break or a {@code <})
         * could start with two slashes: it starts with a backslash or an entity, or with a slash followed
         * by one of those or by a slash, tabs and line breaks aside. A relative address such as
         * {@code /terms} is not parsed for it.
         */
        private static boolean oddAddress(String text, int from) {
            int i = skip(text, from, " \t\r\n<");
            if (i < text.length() && text.charAt(i) == '/') {
                i = skip(text, i + 1, "\t\r\n");
            }
            return i < text.length() && "/\\&".indexOf(text.charAt(i)) >= 0;
        }

        private static int skip(String text, int from, String characters) {
            int i = from;
            while (i < text.length() && characters.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            return i;
        }
    }

    /** How deep a parsed text nests, and its first image and first link without a scheme, found without recursion. */
    private static final class Shape {

        private int blockNesting;
        private int inlineNesting;
        private Optional<String> image = Optional.empty();
        private Optional<String> schemeLessLink = Optional.empty();
        private Optional<String> oddMailto = Optional.empty();
        private int blocks;
        private int inlines;

        static Shape of(Node document) {
            Shape shape = new Shape();
            Node node = document;
            while (true) {
                Node child = node.getFirstChild();
                if (child != null) {
                    node = child;
                    shape.enter(node);
                    continue;
                }
                while (node != document && node.getNext() == null) {
                    shape.leave(node);
                    node = node.getParent();
                }
                if (node == document) {
                    return shape;
                }
                shape.leave(node);
                node = node.getNext();
                shape.enter(node);
            }
        }

        private void enter(Node node) {
            if (isBlockLevel(node)) {
                blockNesting = Math.max(blockNesting, ++blocks);
            } else if (isInlineLevel(node)) {
                inlineNesting = Math.max(inlineNesting, ++inlines);
            }
            if (node instanceof Image img && image.isEmpty()) {
                image = Optional.of(img.getDestination());
            }
            if (node instanceof Link link && schemeLessLink.isEmpty() && schemeLess(link.getDestination())) {
                schemeLessLink = Optional.of(link.getDestination());
            }
            if (node instanceof Link link && oddMailto.isEmpty() && oddMailto(link.getDestination())) {
                oddMailto = Optional.of(link.getDestination());
            }
        }

        private void leave(Node node) {
            if (isBlockLevel(node)) {
                blocks--;
            } else if (isInlineLevel(node)) {
                inlines--;
            }
        }

        private static boolean isBlockLevel(Node node) {
            return node instanceof BlockQuote || node instanceof ListItem;
        }

        private static boolean isInlineLevel(Node node) {
            return node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link
                    || node instanceof Image;
        }
    }
}

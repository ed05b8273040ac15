package org.plainpolicy.load;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * The Markdown the format accepts in its text fields: CommonMark with GFM tables. The loader's
 * limits, the plain-language checks and the renderer all read text through this one parser, so a
 * table is a table to each of them.
 */
public final class MarkdownSyntax {

    public static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    /** Thread-safe: a CommonMark parser keeps no state between documents. */
    public static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private MarkdownSyntax() {
    }
}

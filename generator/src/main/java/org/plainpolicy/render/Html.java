package org.plainpolicy.render;

import java.util.Objects;

/**
 * Markup that is already safe: made by the Markdown renderer (which escapes raw HTML) or by a
 * template. The escaping handler inserts it as it is; every other value a template prints is escaped.
 * It never holds a character that a page or a feed may not hold (see {@link HtmlEscaper}).
 */
public record Html(String html) {

    public static final Html EMPTY = new Html("");

    public Html {
        html = HtmlEscaper.withoutForbiddenCharacters(Objects.requireNonNull(html, "html"));
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public String toString() {
        return html;
    }
}

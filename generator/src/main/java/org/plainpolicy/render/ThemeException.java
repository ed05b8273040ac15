package org.plainpolicy.render;

import java.util.List;
import org.plainpolicy.model.Finding;

/**
 * A problem of the templates, stylesheet or messages that shows only when a page is made: an
 * undefined reference, a method that fails, a refused {@code #parse}, unsafe markup. It carries
 * the findings to report, at the template's position, instead of a stack trace.
 */
public final class ThemeException extends RuntimeException {

    private final transient List<Finding> findings;

    public ThemeException(List<Finding> findings) {
        super(findings.isEmpty() ? "a problem of the theme" : findings.get(0).message(), null, false, false);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}

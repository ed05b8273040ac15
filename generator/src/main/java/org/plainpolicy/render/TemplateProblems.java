package org.plainpolicy.render;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.exception.ExtendedParseException;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.exception.VelocityException;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;

/**
 * Velocity's exceptions as findings: at the template and line Velocity names, in words for the
 * person who edits the templates, never with a stack trace.
 */
final class TemplateProblems {

    static final String REFERENCE = "templates";

    /** Where Velocity says a directive or reference is: {@code name[line 3, column 7]}. */
    private static final Pattern PLACE = Pattern.compile("(\\S+)\\[line (\\d+), column (\\d+)]");
    private static final Pattern MISSING = Pattern.compile("Unable to find resource '(.*)'");

    private TemplateProblems() {
    }

    /**
     * The finding for {@code e}, thrown while rendering {@code template}.
     *
     * @param source the file a template name stands for: the project's override or the theme's
     */
    static Finding of(VelocityException e, String template, Function<String, Position> source) {
        if (e instanceof ParseErrorException parse && parse.getTemplateName() != null) {
            return Finding.error(at(source, parse.getTemplateName(), parse.getLineNumber(), parse.getColumnNumber()),
                    "this is not a template Velocity can read: " + firstLine(parse.getMessage())
                            + "; check the #if, #foreach and #end, the quotes and the parentheses here", REFERENCE);
        }
        if (e instanceof MethodInvocationException call) {
            Position at = at(source, call.getTemplateName(), call.getLineNumber(), call.getColumnNumber());
            if (call.getCause() == null) {
                return Finding.error(at, firstLine(call.getMessage()) + "; a template may use only the values "
                        + "the generator gives it ($page, $msg, and those of the theme's template of the same name)",
                        REFERENCE);
            }
            return Finding.error(at, "$" + call.getReferenceName() + "." + call.getMethodName() + "(...) cannot be "
                    + "shown: " + call.getCause().getMessage(), REFERENCE);
        }
        if (e instanceof ExtendedParseException init) {
            return Finding.error(at(source, init.getTemplateName(), init.getLineNumber(), init.getColumnNumber()),
                    firstLine(e.getMessage()), REFERENCE);
        }
        Position at = place(e).map(m -> at(source, m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)))).orElse(source.apply(template));
        Matcher missing = MISSING.matcher(String.valueOf(e.getMessage()));
        if (e instanceof ResourceNotFoundException && missing.matches()) {
            return Finding.error(at, "there is no template '" + missing.group(1) + "' in templates/ or the theme",
                    REFERENCE);
        }
        return Finding.error(at, firstLine(e.getMessage()), REFERENCE);
    }

    /** The innermost place of Velocity's template stack: the directive that failed. */
    private static Optional<Matcher> place(VelocityException e) {
        String[] stack = e.getVtlStackTrace();
        if (stack == null) {
            return Optional.empty();
        }
        for (String frame : stack) {
            Matcher m = PLACE.matcher(frame);
            if (m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Position at(Function<String, Position> source, String template, int line, int column) {
        Position file = source.apply(template);
        return new Position(file.file(), Math.max(1, line), Math.max(1, column));
    }

    /** Velocity's first line, without the place it appends (the finding has it). */
    private static String firstLine(String message) {
        String line = String.valueOf(message).lines().findFirst().orElse("").strip();
        return PLACE.matcher(line).replaceAll("").replaceAll("\\s+at\\s*$", "").strip();
    }
}

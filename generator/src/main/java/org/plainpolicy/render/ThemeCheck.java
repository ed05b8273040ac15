package org.plainpolicy.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTStringLiteral;
import org.apache.velocity.runtime.parser.node.Node;
import org.plainpolicy.load.ProjectFiles;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.PolicyProject;

/**
 * The check of a project's {@code templates/}, run by {@code validate} as by {@code build}: every
 * file under the rule of {@link ProjectFiles}; every template parsed, and each {@code #parse} or
 * {@code #include} of a written name checked; the stylesheet UTF-8; every messages file read, each
 * of its messages compiled, its keys checked against the theme's and, for a language the theme
 * does not ship, found complete; and a language with versions but no words for the site. What
 * shows only when a page is made (an undefined reference, unsafe markup, a {@code #parse} of a
 * computed name) the build reports the same way, from {@link ThemeException}.
 *
 * <p>The default theme's own files are not checked here: they ship with the tool, and its tests
 * build them.
 */
public final class ThemeCheck {

    private static final Pattern MESSAGES = Pattern.compile("messages_(.+)\\.properties");
    private static final String STYLESHEET = "style.css";

    /** The findings about {@code project}'s templates in {@code templates}, as {@code theme} loaded them. */
    public List<Finding> check(PolicyProject project, Path templates, Theme theme) {
        List<Finding> findings = new ArrayList<>();
        if (!ProjectFiles.present(templates)) {
            return findings;
        }
        ProjectFiles files = theme.files();
        Optional<String> outside = files.directoryProblem(templates);
        if (outside.isPresent()) {
            findings.add(Finding.error(Position.startOf(templates), outside.get(), TemplateProblems.REFERENCE));
            return findings;
        }
        ProjectFiles.Listing listing = files.walk(templates, ProjectFiles.MAX_TEMPLATE_BYTES);
        listing.refused().forEach(refusal -> findings.add(Finding.error(Position.startOf(refusal.file()),
                refusal.problem(), TemplateProblems.REFERENCE)));
        for (Path file : listing.files()) {
            String name = templates.relativize(file).toString().replace('\\', '/');
            Matcher messages = MESSAGES.matcher(name);
            if (name.endsWith(".vm")) {
                checkTemplate(theme, file, name, findings);
            } else if (messages.matches()) {
                findings.addAll(MessageFile.read(files, file, messages.group(1)).findings());
            } else if (name.equals(STYLESHEET)) {
                checkText(files, file, findings);
            }
        }
        return findings;
    }

    private static void checkTemplate(Theme theme, Path file, String name, List<Finding> findings) {
        if (!TemplateNames.isTemplate(name)) {
            findings.add(Finding.warning(Position.startOf(file),
                    "'" + name + "' is not a name a template can have, so no page uses it; name templates with "
                            + "letters, digits, '-', '_' and '.'", TemplateProblems.REFERENCE));
            return;
        }
        theme.parse(name, findings).ifPresent(template -> directives(theme, template, file, findings));
    }

    /**
     * Each {@code #parse("…")} and {@code #include("…")} of a written name: a template that exists;
     * and no {@code #evaluate}, which would run a value, such as policy text, as a template.
     */
    private static void directives(Theme theme, Template template, Path file, List<Finding> findings) {
        List<Node> nodes = new ArrayList<>(List.of((Node) template.getData()));
        while (!nodes.isEmpty()) {
            Node node = nodes.remove(nodes.size() - 1);
            for (int i = 0; i < node.jjtGetNumChildren(); i++) {
                nodes.add(node.jjtGetChild(i));
            }
            if (node instanceof ASTDirective evaluate && evaluate.getDirectiveName().equals("evaluate")) {
                findings.add(Finding.error(new Position(file, Math.max(1, evaluate.getLine()),
                        Math.max(1, evaluate.getColumn())), "#evaluate is refused: it runs a text as a template, "
                        + "and the text of a policy is shown, never run; print the value as it is instead",
                        TemplateProblems.REFERENCE));
                continue;
            }
            if (!(node instanceof ASTDirective directive) || !List.of("parse", "include")
                    .contains(directive.getDirectiveName()) || directive.jjtGetNumChildren() == 0
                    || !(directive.jjtGetChild(0) instanceof ASTStringLiteral literal)) {
                continue;
            }
            String written = literal.literal();
            String argument = written.substring(1, Math.max(1, written.length() - 1));
            if (argument.contains("$") || argument.contains("#")) {
                continue; // a computed name: checked when the page is made
            }
            Position at = new Position(file,
                    Math.max(1, directive.getLine()), Math.max(1, directive.getColumn()));
            if (!TemplateNames.isTemplate(argument)) {
                findings.add(Finding.error(at, TemplateNames.refusal(directive.getDirectiveName(), argument),
                        TemplateProblems.REFERENCE));
            } else if (!theme.hasTemplate(argument)) {
                findings.add(Finding.error(at, "#" + directive.getDirectiveName() + "(\"" + argument + "\") names a "
                        + "template that neither templates/ nor the theme has; check the name",
                        TemplateProblems.REFERENCE));
            }
        }
    }

    private static void checkText(ProjectFiles files, Path file, List<Finding> findings) {
        List<String> problems = new ArrayList<>();
        files.read(file, ProjectFiles.MAX_TEMPLATE_BYTES, problems).flatMap(b -> ThemeText.utf8(b, file, problems));
        problems.forEach(problem -> findings.add(Finding.error(Position.startOf(file), problem,
                TemplateProblems.REFERENCE)));
    }
}

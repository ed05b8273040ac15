package org.plainpolicy.render;

import java.util.regex.Pattern;

/**
 * What {@code #parse} and {@code #include} may name, and so what the resource loaders serve: a
 * template of the theme or of {@code templates/}, by its relative name, such as
 * {@code sections/party.vm}. Folder and file names of letters, digits, '-', '_' and '.', not
 * starting with '.', joined by '/', ending in {@code .vm}: no '..', no absolute path, no backslash,
 * no empty folder name, nothing that is not a template (a policy file, a stylesheet, a file of the
 * system). {@code #include} inserts a template's text unrendered; it takes the same names, so it
 * can show nothing that the project does not publish anyway.
 */
public final class TemplateNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");

    private TemplateNames() {
    }

    public static boolean isTemplate(String name) {
        return name.length() <= 200 && name.endsWith(".vm") && !name.contains("..") && NAME.matcher(name).matches();
    }

    /** The sentence for a refused name, as a finding says it. */
    static String refusal(String directive, String name) {
        return "#" + directive + "(\"" + name + "\") is refused: #parse and #include take only the name of a "
                + "template of templates/ or of the theme, such as \"sections/party.vm\" (letters, digits, '-', "
                + "'_' and '.', folders joined by '/', ending in .vm, no '..')";
    }
}

package org.plainpolicy.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.VersionKey;

/**
 * The languages of a project: every version exists in the default language; a language that has
 * one version has every later one; and a translation says structurally what the default-language
 * file says (ids, dates, countries, legal bases, roles, references, retention figures).
 */
final class TranslationRules {

    private TranslationRules() {
    }

    /** What the names of the files say: each language is the site's, each translation has its original, none lags. */
    static void checkNames(PolicyProject project, List<Finding> out) {
        String defaultLanguage = project.site().defaultLanguage();
        for (VersionFile v : project.versions()) {
            if (!project.site().languages().contains(v.language())) {
                out.add(Rule.TRANSLATION.error(Position.startOf(v.file()), "the language '" + v.language()
                        + "' is not in the `languages` of site.yaml; add it there or remove this file"));
            }
            if (!v.language().equals(defaultLanguage) && project.version(v.effective(), defaultLanguage).isEmpty()) {
                out.add(Rule.TRANSLATION.error(Position.startOf(v.file()), "there is no " + sibling(v.key(),
                        defaultLanguage) + " for this translation; every version must exist in the default language '"
                        + defaultLanguage + "'"));
            }
        }
        for (String language : project.languagesUsed()) {
            if (!language.equals(defaultLanguage)) {
                stale(project, language, out);
            }
        }
    }

    /** A translation says structurally what its default-language original says, when both can be read. */
    static void checkTranslation(PolicyProject project, PolicyVersion v, List<Finding> out) {
        String defaultLanguage = project.site().defaultLanguage();
        if (!v.language().equals(defaultLanguage)) {
            project.version(v.effective(), defaultLanguage).flatMap(project::read).ifPresent(o -> compare(o, v, out));
        }
    }

    /** A language must keep up: after its first version, every later version needs it too. */
    private static void stale(PolicyProject project, String language, List<Finding> out) {
        List<VersionFile> translated = project.inLanguage(language);
        VersionFile first = translated.get(0);
        for (LocalDate date : project.dates()) {
            if (date.isAfter(first.effective()) && project.version(date, language).isEmpty()) {
                project.version(date, project.site().defaultLanguage()).ifPresent(original -> out.add(
                        Rule.TRANSLATION.error(Position.startOf(original.file()), sibling(original.key(), language)
                                + " is missing: '" + language + "' has version " + first.id() + " ("
                                + display(first.file()) + "), so every later version needs it too; translate "
                                + "this file")));
            }
        }
    }

    private static void compare(PolicyVersion original, PolicyVersion translation, List<Finding> out) {
        Map<String, Fingerprint.Entry> expected = Fingerprint.of(original);
        Map<String, Fingerprint.Entry> actual = Fingerprint.of(translation);
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (var e : expected.entrySet()) {
            String path = e.getKey();
            Fingerprint.Entry there = e.getValue();
            Fingerprint.Entry here = actual.get(path);
            if (Fingerprint.parentMissing(path, actual) || Fingerprint.parentMissing(path, expected)) {
                continue;
            }
            if (here == null) {
                findings.put(path, Rule.TRANSLATION.error(translation.origin().at(), "`" + path + "` is missing "
                        + "here but " + describe(there) + " in " + where(original, there)
                        + "; a translation changes only the words"));
            } else if (!here.value().equals(there.value())) {
                findings.put(path, Rule.TRANSLATION.error(here.at(), "`" + path + "` " + describe(here)
                        + " here but " + describe(there).replace("is ", "") + " in " + where(original, there)
                        + "; a translation changes only the words"));
            }
        }
        for (var e : actual.entrySet()) {
            if (!expected.containsKey(e.getKey()) && !Fingerprint.parentMissing(e.getKey(), expected)) {
                findings.put(e.getKey(), Rule.TRANSLATION.error(e.getValue().at(), "`" + e.getKey() + "` "
                        + describe(e.getValue()) + " here but not in " + display(original.file())
                        + "; a translation changes only the words"));
            }
        }
        out.addAll(findings.values());
    }

    private static String describe(Fingerprint.Entry entry) {
        return entry.value().equals(Fingerprint.EXISTS) ? "exists" : "is '" + entry.value() + "'";
    }

    private static String where(PolicyVersion file, Fingerprint.Entry entry) {
        return display(file.file()) + ":" + entry.at().line() + ":" + entry.at().column();
    }

    private static String sibling(VersionKey v, String language) {
        return "versions/" + v.id() + "." + language + ".yaml";
    }

    private static String display(Path file) {
        Path parent = file.getParent();
        return (parent == null ? "" : parent.getFileName() + "/") + file.getFileName();
    }
}

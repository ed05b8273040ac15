package org.plainpolicy.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.Objects;
import org.plainpolicy.load.ProjectFiles;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.validate.plain.PlainLanguageChecker;
import org.plainpolicy.validate.plain.ReadabilityReport;

/**
 * Stage two of the pipeline: checks a loaded project against every rule of {@link Rule}, within
 * each file, across the languages of a version and across versions. The work comes in two parts
 * so that a build can check one version at a time, and check again only what changed: what one
 * version's model says ({@link #checkVersion}, which may read its original when it is a
 * translation), and what the files' names say ({@link #checkNames}). Stateless and safe to share.
 */
public final class Validator {

    private final Registry registry;
    private final PlainLanguageChecker plainLanguage = new PlainLanguageChecker();

    public Validator(Registry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** A validator over the registry shipped with the tool. */
    public static Validator standard() {
        return new Validator(Registry.standard());
    }

    /** Every finding, sorted by file, line and column. */
    public List<Finding> validate(PolicyProject project) {
        List<Finding> findings = new ArrayList<>(project.versions().parallelStream()
                .flatMap(file -> project.read(file).stream())
                .flatMap(version -> checkVersion(project, version).findings().stream()).toList());
        findings.addAll(checkNames(project));
        return findings.stream().sorted().toList();
    }

    /**
     * What one version's checks found, and the readability report the plain-language checks
     * measured on the way.
     */
    public record VersionCheck(List<Finding> findings, ReadabilityReport readability) {

        public VersionCheck {
            findings = List.copyOf(findings);
        }
    }

    /**
     * What is wrong with one version of {@code project}: its own rules and plain language, its
     * notice period, and, for a translation, what differs from its original. Depends on nothing
     * but the version, its original, the version before it in its language (for a correction, what
     * it changes) and site.yaml.
     */
    public VersionCheck checkVersion(PolicyProject project, PolicyVersion version) {
        List<Finding> findings = new ArrayList<>();
        VersionRules.check(registry, version, findings);
        DataSubjectRules.check(version, findings);
        NoticeRules.check(project, version, findings);
        MaterialChanges.check(registry, project, version, findings);
        TranslationRules.checkTranslation(project, version, findings);
        PlainLanguageChecker.Result plain = plainLanguage.check(version, project.site().plainLanguage(),
                ProjectFiles.in(project.directory()));
        findings.addAll(plain.findings());
        return new VersionCheck(findings, plain.report());
    }

    /**
     * What holds across the project: the files' names (languages, originals, translations that lag),
     * the lock of published versions, and a theme that speaks every language.
     *
     * @param digests     the digests of the version files as the build read them, by absolute path
     * @param published   the files the previous site published, by path in the policy directory
     * @param themeSpeaks whether the theme, the shipped one or the project's, has words in a language
     */
    public List<Finding> checkProject(PolicyProject project, Map<String, String> digests,
                                      Map<String, String> published, Predicate<String> themeSpeaks) {
        List<Finding> findings = checkNames(project);
        findings.addAll(PublishedVersionRules.check(project, digests, published));
        project.languagesUsed().stream().filter(themeSpeaks.negate()).forEach(language -> findings.add(
                Rule.THEME_LANGUAGE.error(project.site().origin().of("languages"), "the theme has no words in '"
                        + language + "' for the site's headings and labels; add templates/messages_" + language
                        + ".properties with every message of the theme's messages_en.properties, translated")));
        return findings;
    }

    /**
     * What the record of processing activities (Art. 30(1)) of {@code version} lacks, beyond what
     * {@link #checkVersion} finds: the groups of people, each purpose's data, the security measures.
     */
    public List<Finding> checkRecord(PolicyVersion version) {
        List<Finding> findings = new ArrayList<>();
        RecordRules.check(version, findings);
        return findings;
    }

    /** What the version files' names say across the project: languages, originals, translations that lag. */
    public List<Finding> checkNames(PolicyProject project) {
        List<Finding> findings = new ArrayList<>();
        TranslationRules.checkNames(project, findings);
        return findings;
    }
}

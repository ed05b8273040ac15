package org.plainpolicy.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.validate.plain.PlainLanguageChecker;

/**
 * Stage two of the pipeline: checks a loaded project against every rule of {@link Rule}, within
 * each file, across the languages of a version and across versions. Stateless and safe to share.
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
        List<Finding> findings = new ArrayList<>(project.versions().parallelStream().flatMap(version -> {
            List<Finding> own = new ArrayList<>();
            VersionRules.check(registry, version, own);
            return own.stream();
        }).toList());
        NoticeRules.check(project, findings);
        TranslationRules.check(project, findings);
        findings.addAll(plainLanguage.check(project));
        return findings.stream().sorted().toList();
    }
}

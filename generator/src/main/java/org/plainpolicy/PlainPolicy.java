package org.plainpolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plainpolicy.load.LoadResult;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.validate.Validator;

/**
 * The generator's entry point for its shells, the command line and the Maven plugin: each stage
 * built once, run in order. Safe to share between threads.
 */
public final class PlainPolicy {

    private final PolicyLoader loader;
    private final Validator validator;

    private PlainPolicy(PolicyLoader loader, Validator validator) {
        this.loader = loader;
        this.validator = validator;
    }

    public static PlainPolicy standard() {
        return new PlainPolicy(new PolicyLoader(), Validator.standard());
    }

    /** Loads and validates the project in {@code directory}: all the findings of one run. */
    public CheckResult check(Path directory) {
        LoadResult loaded = loader.load(directory);
        List<Finding> findings = new ArrayList<>(loaded.findings());
        loaded.project().ifPresent(project -> findings.addAll(validator.validate(project)));
        return new CheckResult(loaded.project(), findings);
    }

    /**
     * What a check found.
     *
     * @param project absent when the source directory itself could not be read
     */
    public record CheckResult(Optional<PolicyProject> project, List<Finding> findings) {

        public CheckResult {
            findings = findings.stream().sorted().toList();
        }

        public long errors() {
            return findings.stream().filter(Finding::isError).count();
        }

        public long warnings() {
            return findings.size() - errors();
        }

        /** Whether a build must stop: errors always, warnings too when asked. */
        public boolean failed(boolean failOnWarning) {
            return errors() > 0 || failOnWarning && warnings() > 0;
        }
    }
}

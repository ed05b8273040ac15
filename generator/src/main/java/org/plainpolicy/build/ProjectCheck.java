package org.plainpolicy.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.load.LoadResult;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.load.ProjectFiles;
import org.plainpolicy.load.VersionCache;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.VersionKey;
import org.plainpolicy.model.VersionSummary;
import org.plainpolicy.render.ThemeCheck;
import org.plainpolicy.site.InputFingerprint;
import org.plainpolicy.site.PublishedVersions;
import org.plainpolicy.validate.Validator;
import org.plainpolicy.validate.plain.ReadabilityReport;

/**
 * Loading and checking, one version at a time: each version is read once, checked with its
 * original when it is a translation, and let go, so that memory does not grow with the number of
 * versions. A version whose checks read the same inputs as in the last build keeps that build's
 * findings without being read at all.
 */
public final class ProjectCheck {

    private final PolicyLoader loader;
    private final Validator validator;
    private final ThemeCheck themeCheck = new ThemeCheck();

    public ProjectCheck(PolicyLoader loader, Validator validator) {
        this.loader = loader;
        this.validator = validator;
    }

    /**
     * What a check found.
     *
     * @param project absent when the source directory itself could not be read
     * @param records what was found of each version file, by its path in the policy directory
     * @param versions where the project's versions are read from, with how often they were
     * @param readability the readability of each version checked in this run (not of those kept)
     */
    public record Result(Optional<PolicyProject> project, List<Finding> findings, Map<String, VersionRecord> records,
                         VersionCache versions, Map<VersionKey, ReadabilityReport> readability) {

        public Result {
            findings = findings.stream().sorted().toList();
            records = Map.copyOf(records);
            readability = Map.copyOf(readability);
        }
    }

    /** Checks the project in {@code directory} from scratch. */
    public Result run(Path directory) {
        return run(directory, Optional.empty(), BuildState.empty());
    }

    /**
     * Checks the project in {@code directory}, reusing from {@code previous} what still holds.
     *
     * @param inputs the digests of the files as the build first read them; with them, a file that
     *               changes during the check stops it ({@link org.plainpolicy.load.ChangedDuringBuildException})
     */
    public Result run(Path directory, Optional<InputFingerprint> inputs, BuildState previous) {
        Map<String, String> digests = inputs.map(InputFingerprint::files).orElse(Map.of());
        VersionCache cache = new VersionCache(loader, ProjectFiles.in(directory), digests);
        LoadResult index = loader.index(directory, cache);
        if (index.project().isEmpty()) {
            return new Result(Optional.empty(), index.findings(), Map.of(), cache, Map.of());
        }
        PolicyProject project = index.project().get();
        String shared = inputs.map(InputFingerprint::shared).orElse("");
        boolean reuse = !shared.isEmpty() && shared.equals(previous.shared());
        Map<String, VersionRecord> records = new ConcurrentHashMap<>();
        Map<VersionKey, ReadabilityReport> readability = new ConcurrentHashMap<>();
        project.versions().parallelStream().forEach(file -> {
            String name = BuildState.relative(directory, file.file());
            Optional<String> key = inputs.map(i -> checkKey(project, file, i));
            VersionRecord kept = reuse ? previous.versions().get(name) : null;
            VersionRecord record;
            if (kept != null && key.isPresent() && kept.checkKey().equals(key.get())) {
                kept.summary().ifPresent(summary -> cache.remember(file.key(), summary));
                record = kept;
            } else {
                record = check(project, cache, file, key.orElse(""), readability);
            }
            records.put(name, record);
        });
        List<Finding> findings = new ArrayList<>(index.findings());
        records.values().forEach(r -> findings.addAll(r.findings()));
        findings.addAll(validator.checkNames(project));
        findings.addAll(PublishedVersions.check(project, digests, previous.published()));
        findings.addAll(themeCheck.check(project, directory.resolve(PlainPolicy.TEMPLATES_DIRECTORY)));
        return new Result(Optional.of(project), findings, records, cache, readability);
    }

    private VersionRecord check(PolicyProject project, VersionCache cache, VersionFile file, String key,
                                Map<VersionKey, ReadabilityReport> readability) {
        List<Finding> findings = new ArrayList<>();
        Optional<PolicyVersion> model = cache.load(file, findings);
        model.ifPresent(v -> {
            Validator.VersionCheck check = validator.checkVersion(project, v);
            findings.addAll(check.findings());
            readability.put(file.key(), check.readability());
        });
        return new VersionRecord(key, findings, model.map(VersionSummary::of), "", List.of());
    }

    /**
     * Everything the checks of {@code file} read: its own bytes, its original's when it is a
     * translation, the version's before it (a correction must not change what needs notice),
     * site.yaml and the tool.
     */
    private static String checkKey(PolicyProject project, VersionFile file, InputFingerprint inputs) {
        StringBuilder key = new StringBuilder(inputs.shared()).append(' ').append(digest(inputs, file));
        if (!file.language().equals(project.site().defaultLanguage())) {
            project.version(file.effective(), project.site().defaultLanguage())
                    .ifPresent(original -> key.append(" original ").append(digest(inputs, original)));
        }
        key.append(project.previous(file).map(before -> " after " + digest(inputs, before)).orElse(" first"));
        return InputFingerprint.digest(key.toString());
    }

    static String digest(InputFingerprint inputs, VersionFile file) {
        return inputs.files().getOrDefault(file.file().toAbsolutePath().normalize().toString(), "unread");
    }
}

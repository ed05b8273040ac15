package org.plainpolicy.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.load.LoadResult;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.load.ProjectFiles;
import org.plainpolicy.load.VersionCache;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Read;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.VersionKey;
import org.plainpolicy.model.VersionSummary;
import org.plainpolicy.render.Theme;
import org.plainpolicy.render.ThemeCheck;
import org.plainpolicy.site.InputFingerprint;
import org.plainpolicy.validate.Validator;
import org.plainpolicy.validate.plain.ReadabilityReport;

/**
 * Loading and checking, one version at a time: each version is read once, checked with its
 * original when it is a translation, and let go, so that memory does not grow with the number of
 * versions. A version whose checks read the same inputs as in the last build (what they asked of
 * the project, recorded as they asked it) keeps that build's findings without being read at all.
 */
public final class ProjectCheck {

    private final PolicyLoader loader;
    private final Validator validator;
    private final ThemeCheck themeCheck = new ThemeCheck();
    private Optional<LoadedTheme> lastTheme = Optional.empty();

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
     * @param theme the theme the check loaded, for the rendering that follows; absent with the project
     */
    public record Result(Optional<PolicyProject> project, List<Finding> findings, Map<String, VersionRecord> records,
                         VersionCache versions, Map<VersionKey, ReadabilityReport> readability, Optional<Theme> theme) {

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
            return new Result(Optional.empty(), index.findings(), Map.of(), cache, Map.of(), Optional.empty());
        }
        PolicyProject project = index.project().get();
        String shared = inputs.map(InputFingerprint::shared).orElse("");
        boolean reuse = !shared.isEmpty() && shared.equals(previous.shared());
        // The day does not change what a check finds; the answers about files are all it asks.
        ReadAnswers answers = new ReadAnswers(project, LocalDate.EPOCH, inputs);
        Map<String, VersionRecord> records = new ConcurrentHashMap<>();
        Map<VersionKey, ReadabilityReport> readability = new ConcurrentHashMap<>();
        project.versions().parallelStream().forEach(file -> {
            String name = BuildState.relative(directory, file.file());
            VersionRecord kept = reuse ? previous.versions().get(name) : null;
            VersionRecord record;
            if (kept != null && kept.check().holds(shared, answers)) {
                kept.summary().ifPresent(summary -> cache.remember(file.key(), summary));
                record = kept;
            } else {
                record = check(project, cache, file, inputs.isPresent() ? Optional.of(shared) : Optional.empty(),
                        answers, readability);
            }
            records.put(name, record);
        });
        List<Finding> findings = new ArrayList<>(index.findings());
        records.values().forEach(r -> findings.addAll(r.findings()));
        Path templates = directory.resolve(PlainPolicy.TEMPLATES_DIRECTORY);
        Theme theme = theme(templates, inputs);
        findings.addAll(validator.checkProject(project, digests, previous.published(), theme::speaks));
        findings.addAll(themeCheck.check(project, templates, theme));
        return new Result(Optional.of(project), findings, records, cache, readability, Optional.of(theme));
    }

    /**
     * The theme, loaded again only when its directory or what it is made of changed since the last
     * run (the shared inputs cover the tool, site.yaml and every template; a theme reads its
     * templates from its own directory, so a project elsewhere with the same files needs its own): a
     * preview checks again at each edit, and setting up the templates is a good part of a check.
     */
    private Theme theme(Path templates, Optional<InputFingerprint> inputs) {
        Optional<String> shared = inputs.map(InputFingerprint::shared);
        Path where = templates.toAbsolutePath().normalize();
        synchronized (this) {
            Optional<LoadedTheme> same = lastTheme.filter(last -> last.templates().equals(where)
                    && shared.filter(last.inputs()::equals).isPresent());
            if (same.isPresent()) {
                return same.get().theme();
            }
        }
        Theme theme = Theme.load(templates);
        synchronized (this) {
            lastTheme = shared.map(s -> new LoadedTheme(where, s, theme));
        }
        return theme;
    }

    private record LoadedTheme(Path templates, String inputs, Theme theme) {
    }

    /**
     * Checks one version, recording what the checks read of the project: its file, and its original's
     * and its predecessor's when the rules ask for them.
     *
     * @param shared the inputs every check shares, when the build records what it read; else empty
     */
    private VersionRecord check(PolicyProject project, VersionCache cache, VersionFile file, Optional<String> shared,
                                ReadAnswers answers, Map<VersionKey, ReadabilityReport> readability) {
        Set<Read> reads = ConcurrentHashMap.newKeySet();
        reads.add(Read.of(Read.Kind.FILE, "", project.pathOf(file)));
        List<Finding> findings = new ArrayList<>();
        Optional<PolicyVersion> model = cache.load(file, findings);
        model.ifPresent(v -> {
            Validator.VersionCheck check = validator.checkVersion(project.recording(reads::add), v);
            findings.addAll(check.findings());
            readability.put(file.key(), check.readability());
        });
        Dependencies read = shared.map(s -> Dependencies.of(s, reads, answers)).orElse(Dependencies.NONE);
        return new VersionRecord(read, findings, model.map(VersionSummary::of), Dependencies.NONE, List.of());
    }
}

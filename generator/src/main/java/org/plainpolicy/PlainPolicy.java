package org.plainpolicy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.plainpolicy.SiteWriteException;
import org.plainpolicy.build.BuildState;
import org.plainpolicy.build.BuildUseCase;
import org.plainpolicy.build.ProjectCheck;
import org.plainpolicy.build.SiteBuild;
import org.plainpolicy.diff.ChangeList;
import org.plainpolicy.diff.ChangeSentences;
import org.plainpolicy.diff.Differ;
import org.plainpolicy.load.ChangedDuringBuildException;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.Timeline;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.preview.PreviewServer;
import org.plainpolicy.internal.Once;
import org.plainpolicy.ropa.RecordOfProcessing;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.render.Messages;
import org.plainpolicy.render.Theme;
import org.plainpolicy.render.ThemeException;
import org.plainpolicy.site.InputFingerprint;
import org.plainpolicy.site.OutputLocation;
import org.plainpolicy.site.PublishedVersions;
import org.plainpolicy.site.SiteWriter;
import org.plainpolicy.validate.Rule;
import org.plainpolicy.validate.Validator;
import org.plainpolicy.validate.plain.PlainLanguageChecker;
import org.plainpolicy.validate.plain.ReadabilityReport;

/**
 * The generator's entry point for its shells, the command line and the Maven plugin: each stage
 * built once, run in order. Safe to share between threads.
 */
public final class PlainPolicy {

    /** Where a project keeps its own templates, stylesheet and messages, overriding the theme's. */
    public static final String TEMPLATES_DIRECTORY = "templates";
    /** The reference of a finding about the output directory. */
    public static final String OUTPUT_REFERENCE = "output directory";

    // Each stage is set up when a command first needs it: a build with nothing to do reads the
    // inputs' digests and never the registry, the rules or the templates.
    private final Once<Registry> registry;
    private final Once<Validator> validator;
    private final Once<ProjectCheck> checker;
    private final BuildUseCase buildUseCase;
    private final Once<Differ> differ;
    private final SiteWriter writer;
    private final PlainLanguageChecker plainLanguage = new PlainLanguageChecker();

    private PlainPolicy(Supplier<PolicyLoader> loader, Supplier<Validator> validator, Supplier<Registry> registry,
                        SiteWriter writer) {
        this.registry = new Once<>(registry);
        this.validator = new Once<>(validator);
        this.checker = new Once<>(() -> new ProjectCheck(loader.get(), this.validator.get()));
        this.buildUseCase = new BuildUseCase(checker, new Once<>(() -> new SiteBuild(this.registry.get())), writer);
        this.differ = new Once<>(() -> new Differ(this.registry.get()));
        this.writer = writer;
    }

    /**
     * Starts reading the facts the tool ships (the registry) on a thread of its own and returns:
     * a command line that calls this first overlaps that reading with its own start (parsing its
     * arguments, finding the project's files), on a second core, instead of waiting for it.
     */
    public static void prepare() {
        Thread reading = new Thread(Registry::standard, "plainpolicy-registry");
        reading.setDaemon(true);
        reading.start();
    }

    public static PlainPolicy standard() {
        return new PlainPolicy(PolicyLoader::new, Validator::standard, Registry::standard, new SiteWriter());
    }

    /** Loads and validates the project in {@code directory}: all the findings of one run. */
    public CheckResult check(Path directory) {
        return check(directory, Optional.empty());
    }

    /**
     * Loads and validates the project in {@code directory}, and checks that a build may write its
     * site to {@code output}: a bad output is an error at the start of the policy directory, with
     * the sentence the build would stop with.
     */
    public CheckResult check(Path directory, Optional<Path> output) {
        List<Finding> outputProblems = new ArrayList<>();
        // What the site there says was published, so that validate, like build, notices a lock
        // that lost its lines; nothing else of the previous build is taken over.
        BuildState previous = BuildState.empty();
        if (output.isPresent()) {
            try {
                writer.verify(output.get(), directory);
                Path site = OutputLocation.of(output.get(), directory);
                if (writer.stamp(site).isPresent()) {
                    previous = BuildState.read(site, directory);
                }
            } catch (SiteWriteException e) {
                outputProblems.add(Finding.error(Position.startOf(directory), e.getMessage(), OUTPUT_REFERENCE));
            }
        }
        // Beside a site built before, the check takes over, as the build's own does, what the last
        // build found of each version whose inputs are as they were: validate finds what build finds
        // without reading them again. A file that changes under it is read afresh.
        Optional<InputFingerprint> inputs = previous.shared().isEmpty() ? Optional.empty()
                : Optional.of(InputFingerprint.read(directory));
        ProjectCheck.Result result;
        try {
            result = checker.get().run(directory, inputs, previous);
        } catch (ChangedDuringBuildException e) {
            result = checker.get().run(directory, Optional.empty(), previous);
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(outputProblems);
        return new CheckResult(result.project(), findings);
    }

    /**
     * Checks the project, then, when it has no errors, renders its site as of {@code today} and
     * writes it to {@code output}, replacing the previous site there. With errors, writes nothing.
     * What did not change since the site in {@code output} was built is neither checked nor
     * rendered again: its findings and pages are taken over, byte for byte what a full build makes.
     *
     * @return the check's result, and the files written (none when there were errors)
     */
    public BuildResult build(Path directory, Path output, LocalDate today) throws SiteWriteException {
        return buildUseCase.run(directory, output, today).result();
    }


    /**
     * Accepts, on purpose, a correction to published version files: records their content as it is
     * now in the lock, for a person to commit with the correction.
     *
     * @param files the files as the lock names them, such as {@code versions/2018-05-25.en.yaml}
     * @return the names that are not published versions of the project (then nothing is recorded)
     */
    public List<String> accept(Path directory, List<String> files, LocalDate today) throws IOException {
        return PublishedVersions.accept(directory, files, today);
    }

    /**
     * Checks the project, then writes the record of processing activities (GDPR Art. 30(1)) of the
     * version in effect on {@code today}, in {@code language} (the default language when empty), to
     * {@code output}: {@value
     * RecordOfProcessing#CSV}, {@value RecordOfProcessing#XLSX} and {@value RecordOfProcessing#HTML},
     * each replaced whole, nothing else there touched. With errors, of the policy or of what the
     * record needs beyond it, writes nothing.
     *
     * @throws SiteWriteException when {@code output} is refused (inside a site, in or around the
     *                            policy directory, a link) or cannot be written
     */
    public RecordResult record(Path directory, Path output, LocalDate today) throws SiteWriteException {
        return record(directory, output, today, Optional.empty());
    }

    /** As {@link #record(Path, Path, LocalDate)}, in {@code language} when given: an authority may ask for its own. */
    public RecordResult record(Path directory, Path output, LocalDate today, Optional<String> language)
            throws SiteWriteException {
        Path out = RecordOfProcessing.location(output, directory);
        CheckResult check = check(directory);
        if (check.project().isEmpty()) {
            return new RecordResult(check, Optional.empty(), List.of());
        }
        PolicyProject project = check.project().get();
        String lang = language.orElse(project.site().defaultLanguage());
        List<Finding> findings = new ArrayList<>(check.findings());
        if (!project.site().languages().contains(lang)) {
            findings.add(Finding.error(project.site().origin().of("languages"), "the record cannot be made in '" + lang
                    + "': it is not among the `languages` of site.yaml " + project.site().languages() + "; give one of "
                    + "them", Rule.RECORD.reference()));
            return new RecordResult(new CheckResult(check.project(), findings), Optional.empty(), List.of());
        }
        Optional<VersionFile> current = new Timeline(project, lang, today).current();
        if (current.isEmpty()) {
            findings.add(Finding.error(Position.startOf(project.directory().resolve("site.yaml")), "no version in '"
                    + lang + "' is in effect on " + today + ", so there is no record to make; give the day with "
                    + "--today, or add a version that takes effect on or before it", Rule.RECORD.reference()));
            return new RecordResult(new CheckResult(check.project(), findings), Optional.empty(), List.of());
        }
        Optional<String> id = Optional.of(current.get().id());
        Optional<PolicyVersion> version = project.read(current.get());
        version.ifPresent(v -> findings.addAll(validator.get().checkRecord(v)));
        CheckResult all = new CheckResult(check.project(), findings);
        if (version.isEmpty() || all.errors() > 0) {
            return new RecordResult(all, id, List.of());
        }
        Map<String, byte[]> files;
        try {
            Theme theme = Theme.load(project.directory().resolve(TEMPLATES_DIRECTORY));
            Messages msg = theme.messages(lang);
            files = RecordOfProcessing.files(RecordOfProcessing.of(version.get(), msg), version.get(), theme, msg);
        } catch (ThemeException e) {
            findings.addAll(e.findings());
            return new RecordResult(new CheckResult(check.project(), findings), id, List.of());
        }
        return new RecordResult(all, id, RecordOfProcessing.write(out, files));
    }

    /**
     * What {@link #record} did: the check, with what the record needs; the version the record is of,
     * when one is in effect; the files written, none when there were errors.
     */
    public record RecordResult(CheckResult check, Optional<String> versionId, List<Path> written) {

        public RecordResult {
            written = List.copyOf(written);
        }

        /** The sentence that tells the person who asked for the record what was done with {@code output}. */
        public String describe(Path output) {
            if (written.isEmpty()) {
                return "nothing written to " + output + (check.errors() > 0 ? ": fix the errors above first." : ".");
            }
            return "wrote the record of processing of version " + versionId.orElse("") + " to " + output + ": "
                    + String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList()) + ".";
        }
    }

    /** The lock's file name in the policy directory. */
    public static final String LOCK_FILE = PublishedVersions.FILE;

    /**
     * Starts the live preview of {@code directory} on 127.0.0.1:{@code port} ({@code 0}: any free
     * port), as of {@code today}: built once now, then again each time a file of the directory
     * changes. It writes nothing and records nothing in the lock.
     *
     * @param rebuilt told of each rebuild after a change, on the preview's own thread
     * @throws IOException when the port cannot be taken or the directory cannot be watched
     */
    public Preview serve(Path directory, int port, LocalDate today, Consumer<Preview.Rebuild> rebuilt)
            throws IOException {
        return PreviewServer.start(checker.get(), registry.get(), directory, port, today, rebuilt);
    }

    /**
     * The change list between two versions of the project in {@code directory}, in plain sentences of
     * {@code language} (the default language when empty): the editor's own notes first, then the
     * computed changes. The project is checked first; with errors, the result has its findings and
     * no change list.
     *
     * @throws NoSuchVersionException when the project has no such version in that language
     */
    public ChangesResult changes(Path directory, String from, String to, Optional<String> language) {
        CheckResult check = check(directory);
        if (check.project().isEmpty() || check.errors() > 0) {
            return new ChangesResult(check, List.of());
        }
        PolicyProject project = check.project().get();
        String lang = language.orElse(project.site().defaultLanguage());
        PolicyVersion older = project.model(find(project, from, lang));
        PolicyVersion newer = project.model(find(project, to, lang));
        Messages msg = Theme.load(project.directory().resolve(TEMPLATES_DIRECTORY)).messages(lang);
        List<String> notes = project.inLanguage(lang).stream().filter(v -> v.effective().isAfter(older.effective())
                && !v.effective().isAfter(newer.effective())).flatMap(v -> project.summary(v).changes().stream())
                .toList();
        ChangeList list = differ.get().compare(older, newer, notes);
        List<String> lines = new ArrayList<>(list.editorNotes().stream().map(String::strip).toList());
        lines.addAll(new ChangeSentences(msg).sentences(list));
        return new ChangesResult(check, lines);
    }

    /** What {@link #changes} found: the project's check, and the change list when the check has no errors. */
    public record ChangesResult(CheckResult check, List<String> lines) {

        public ChangesResult {
            lines = List.copyOf(lines);
        }
    }

    /**
     * The readability of each section of each version of the project in {@code directory} (of
     * {@code language} only, when given), against the thresholds of site.yaml, after its check.
     */
    public ReadabilityResult readability(Path directory, Optional<String> language) {
        CheckResult check = check(directory);
        List<ReadabilityReport> reports = check.project().map(project -> project.versions().stream()
                .filter(v -> language.map(v.language()::equals).orElse(true))
                .flatMap(v -> project.read(v).stream())
                .map(v -> plainLanguage.report(v, project.site().plainLanguage())).toList()).orElse(List.of());
        return new ReadabilityResult(check, reports);
    }

    /** What {@link #readability} found: the project's check, and a report for each version it could read. */
    public record ReadabilityResult(CheckResult check, List<ReadabilityReport> reports) {

        public ReadabilityResult {
            reports = List.copyOf(reports);
        }
    }

    private static VersionFile find(PolicyProject project, String id, String language) {
        return project.versions().stream().filter(v -> v.id().equals(id) && v.language().equals(language))
                .findFirst().orElseThrow(() -> new NoSuchVersionException("there is no version " + id + " in '"
                        + language + "'; the versions are: " + project.versions().stream()
                        .filter(v -> v.language().equals(language)).map(VersionFile::id).toList()));
    }

    /**
     * What a build did, one of three things: nothing, because nothing it reads changed since the site
     * in the output was written ({@link UpToDate}, with that build's findings); nothing, because the
     * policy or the theme has errors ({@link Refused}); or write the site ({@link Written}), rendering
     * some files and taking the others over from the previous site, unchanged.
     */
    public sealed interface BuildResult {

        /** What the build found; for a build with nothing to do, what the build that wrote the site found. */
        CheckResult check();

        /** How long the build took. */
        Duration took();

        /** The sentence that tells the person who ran the build what it did with {@code output}. */
        String describe(Path output);

        /** The site paths of the files rendered, sorted. */
        default List<String> rendered() {
            return List.of();
        }

        /** How many files were taken over from the previous site. */
        default int kept() {
            return 0;
        }

        default boolean upToDate() {
            return false;
        }

        /** Whether the policy directory itself could not be read, so that nothing was checked. */
        default boolean sourceUnreadable() {
            return false;
        }

        /** Files rendered and taken over: the whole site. */
        default int filesWritten() {
            return rendered().size() + kept();
        }

        record UpToDate(CheckResult check, Duration took) implements BuildResult {

            @Override
            public boolean upToDate() {
                return true;
            }

            @Override
            public String describe(Path output) {
                return String.format(Locale.ROOT, "nothing changed since the last build (checked in %d ms); the site in %s is up to date.",
                        took.toMillis(), output);
            }
        }

        record Refused(CheckResult check, Duration took) implements BuildResult {

            @Override
            public boolean sourceUnreadable() {
                return check.project().isEmpty();
            }

            @Override
            public String describe(Path output) {
                return "nothing written to " + output + ": fix the errors above first.";
            }
        }

        /** @param rendered the site paths of the files rendered; the others were kept */
        record Written(CheckResult check, List<String> rendered, int kept, Duration took)
                implements BuildResult {

            public Written {
                rendered = rendered.stream().sorted().toList();
            }

            @Override
            public String describe(Path output) {
                return String.format(Locale.ROOT, "wrote %d files to %s in %.1f s: %d rendered, %d kept as they were.",
                        filesWritten(), output, took.toNanos() / 1e9, rendered.size(), kept);
            }
        }
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

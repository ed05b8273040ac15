package org.plainpolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.plainpolicy.load.LoadResult;
import org.plainpolicy.load.PolicyLoader;
import org.plainpolicy.model.Finding;
import org.plainpolicy.diff.ChangeList;
import org.plainpolicy.diff.ChangePages;
import org.plainpolicy.diff.ChangeSentences;
import org.plainpolicy.diff.Differ;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.render.Messages;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.render.OutputFile;
import org.plainpolicy.render.SiteRenderer;
import org.plainpolicy.render.Theme;
import org.plainpolicy.site.InputFingerprint;
import org.plainpolicy.site.PublishedVersions;
import org.plainpolicy.site.SiteWriteException;
import org.plainpolicy.site.SiteWriter;
import org.plainpolicy.validate.plain.PlainLanguageChecker;
import org.plainpolicy.validate.plain.ReadabilityReport;
import org.plainpolicy.validate.Validator;

/**
 * The generator's entry point for its shells, the command line and the Maven plugin: each stage
 * built once, run in order. Safe to share between threads.
 */
public final class PlainPolicy {

    /** Where a project keeps its own templates, stylesheet and messages, overriding the theme's. */
    public static final String TEMPLATES_DIRECTORY = "templates";

    private final PolicyLoader loader;
    private final Validator validator;
    private final SiteRenderer renderer;
    private final ChangePages changePages;
    private final Differ differ;
    private final SiteWriter writer;
    private final PlainLanguageChecker plainLanguage = new PlainLanguageChecker();

    private PlainPolicy(PolicyLoader loader, Validator validator, Registry registry, SiteWriter writer) {
        this.loader = loader;
        this.validator = validator;
        this.renderer = new SiteRenderer(registry);
        this.changePages = new ChangePages(registry);
        this.differ = new Differ(registry);
        this.writer = writer;
    }

    public static PlainPolicy standard() {
        return new PlainPolicy(new PolicyLoader(), Validator.standard(), Registry.standard(), new SiteWriter());
    }

    /** Loads and validates the project in {@code directory}: all the findings of one run. */
    public CheckResult check(Path directory) {
        LoadResult loaded = loader.load(directory);
        List<Finding> findings = new ArrayList<>(loaded.findings());
        loaded.project().ifPresent(project -> {
            findings.addAll(validator.validate(project));
            findings.addAll(PublishedVersions.check(project));
        });
        return new CheckResult(loaded.project(), findings);
    }

    /**
     * Checks the project, then, when it has no errors, renders its site as of {@code today} and
     * writes it to {@code output}, replacing the previous site there. With errors, writes nothing.
     *
     * @return the check's result, and the number of files and pages written (0 when there were errors)
     */
    public BuildResult build(Path directory, Path output, LocalDate today) throws SiteWriteException {
        String inputs = InputFingerprint.of(directory, today.toString());
        Optional<SiteWriter.Stamp> previous = writer.stamp(output).filter(stamp -> stamp.inputs().equals(inputs));
        if (previous.isPresent()) {
            return BuildResult.upToDate(previous.get().warnings());
        }
        CheckResult check = check(directory);
        if (check.errors() > 0 || check.project().isEmpty() || check.project().get().versions().isEmpty()) {
            return new BuildResult(check, 0, 0);
        }
        PolicyProject project = check.project().get();
        Theme theme = Theme.load(directory.resolve(TEMPLATES_DIRECTORY));
        List<Finding> untranslated = untranslatedLanguages(project, theme);
        if (!untranslated.isEmpty()) {
            List<Finding> all = new ArrayList<>(check.findings());
            all.addAll(untranslated);
            return new BuildResult(new CheckResult(check.project(), all), 0, 0);
        }
        SiteWriter.Session session = writer.open(output, directory);
        AtomicInteger files = new AtomicInteger();
        AtomicInteger pages = new AtomicInteger();
        Consumer<OutputFile> sink = file -> {
            session.write(file);
            files.incrementAndGet();
            if (file.path().endsWith(".html")) {
                pages.incrementAndGet();
            }
        };
        try {
            renderer.render(project, theme, today, sink);
            changePages.render(project, theme, today, sink);
        } catch (RuntimeException e) {
            session.abort();
            if (e instanceof UncheckedIOException io) {
                throw new SiteWriteException("cannot write the site to " + output + ": " + io.getCause().getMessage(), e);
            }
            throw e;
        }
        session.commit(new SiteWriter.Stamp(inputs, check.warnings()));
        try {
            PublishedVersions.record(project, today);
        } catch (IOException e) {
            throw new SiteWriteException("the site is written, but the published versions cannot be recorded in "
                    + directory.resolve(PublishedVersions.FILE) + ": " + e.getMessage(), e);
        }
        return new BuildResult(check, files.get(), pages.get());
    }

    /**
     * The change list between two versions of a project, in plain sentences of {@code language}
     * (the default language when empty): the editor's own notes first, then the computed changes.
     *
     * @throws IllegalArgumentException when the project has no such version in that language
     */
    public List<String> changes(PolicyProject project, String from, String to, Optional<String> language) {
        String lang = language.orElse(project.site().defaultLanguage());
        PolicyVersion older = find(project, from, lang);
        PolicyVersion newer = find(project, to, lang);
        Messages msg = Theme.load(project.directory().resolve(TEMPLATES_DIRECTORY)).messages(lang);
        List<String> notes = project.inLanguage(lang).stream().filter(v -> v.effective().isAfter(older.effective())
                && !v.effective().isAfter(newer.effective())).flatMap(v -> v.changes().stream()).toList();
        ChangeList list = differ.compare(older, newer, notes);
        List<String> lines = new ArrayList<>(list.editorNotes().stream().map(String::strip).toList());
        lines.addAll(new ChangeSentences(msg).sentences(list));
        return lines;
    }

    /** The readability of each section of a version, against the thresholds of site.yaml. */
    public ReadabilityReport readability(PolicyProject project, PolicyVersion version) {
        return plainLanguage.report(version, project.site().plainLanguage());
    }

    private static PolicyVersion find(PolicyProject project, String id, String language) {
        return project.versions().stream().filter(v -> v.id().equals(id) && v.language().equals(language))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("there is no version " + id + " in '"
                        + language + "'; the versions are: " + project.versions().stream()
                        .filter(v -> v.language().equals(language)).map(PolicyVersion::id).toList()));
    }

    /** A language with versions but no words for the site's headings and labels cannot be published. */
    private static List<Finding> untranslatedLanguages(PolicyProject project, Theme theme) {
        return project.languagesUsed().stream().filter(language -> !theme.speaks(language))
                .map(language -> Finding.error(project.site().origin().of("languages"), "the site has no words in '"
                        + language + "' for its headings and labels; add templates/messages_" + language
                        + ".properties, translated from the theme's messages_en.properties", "theme"))
                .toList();
    }

    /**
     * What a build did: the check, and how many files, of which pages, it wrote. When nothing it
     * reads had changed since the site in the output was written, it did nothing: {@code upToDate},
     * with the number of warnings that build found and an empty check.
     */
    public record BuildResult(CheckResult check, int filesWritten, int pagesWritten, boolean upToDate,
                              long previousWarnings) {

        BuildResult(CheckResult check, int filesWritten, int pagesWritten) {
            this(check, filesWritten, pagesWritten, false, 0);
        }

        static BuildResult upToDate(long warnings) {
            return new BuildResult(new CheckResult(Optional.empty(), List.of()), 0, 0, true, warnings);
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

package org.plainpolicy.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Position;
import org.plainpolicy.model.Site;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.VersionKey;

/**
 * Stage one of the pipeline: reads a policy project from disk (spec sections 1, 2 and 6) into the
 * model, with every problem of form (YAML syntax, unknown keys, malformed values, file names) as a
 * finding. It checks no GDPR rule: that is the validator's work. Stateless and safe to share.
 */
public final class PolicyLoader {

    public static final String SITE_FILE = "site.yaml";
    public static final String VERSIONS_DIRECTORY = "versions";

    /**
     * Reads the project in {@code directory}: {@code site.yaml}, and every file of {@code versions/}
     * once, for its findings. The project keeps the versions' files, not their models, and reads a
     * model again when a stage asks for it.
     */
    public LoadResult load(Path directory) {
        VersionCache cache = new VersionCache(this, ProjectFiles.in(directory), Map.of());
        LoadResult index = index(directory, cache);
        return index.project().map(project -> {
            List<Finding> findings = new ArrayList<>(index.findings());
            findings.addAll(project.versions().parallelStream().flatMap(v -> {
                List<Finding> own = new ArrayList<>();
                cache.load(v, own);
                return own.stream();
            }).toList());
            return new LoadResult(Optional.of(project), findings);
        }).orElse(index);
    }

    /**
     * Reads {@code site.yaml} and lists {@code versions/} without reading the versions: what a
     * build needs to plan its work. The project's versions are read on demand, from {@code cache}.
     */
    public LoadResult index(Path directory, VersionCache cache) {
        List<Finding> findings = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            findings.add(Finding.error(Position.startOf(directory), "the policy directory "
                    + (Files.exists(directory) ? "is a file, not a directory" : "does not exist"), Format.REFERENCE));
            return new LoadResult(Optional.empty(), findings);
        }
        Path versionsDirectory = directory.resolve(VERSIONS_DIRECTORY);
        if (!Files.isDirectory(versionsDirectory)) {
            findings.add(Finding.error(Position.startOf(versionsDirectory), "there is no versions/ directory; "
                    + "create it and write each version in it as <date>.<language>.yaml", Format.REFERENCE));
            return new LoadResult(Optional.empty(), findings);
        }
        ProjectFiles files = ProjectFiles.in(directory);
        Site site = readSite(files, directory.resolve(SITE_FILE), findings);
        List<VersionFile> versions = new ArrayList<>();
        for (Path file : listVersionFiles(files, versionsDirectory, findings)) {
            Optional<VersionKey> key = VersionFileName.parse(file);
            if (key.isPresent()) {
                versions.add(new VersionFile(key.get(), file));
            } else {
                findings.add(Finding.error(Position.startOf(file), VersionFileName.problem(file), Format.REFERENCE));
            }
        }
        return new LoadResult(Optional.of(new PolicyProject(directory, site, versions, cache)),
                findings);
    }

    private Site readSite(ProjectFiles files, Path file, List<Finding> findings) {
        if (!ProjectFiles.present(file)) {
            findings.add(Finding.error(Position.startOf(file), "site.yaml is missing; create it with name, "
                    + "baseUrl, defaultLanguage and languages", Format.REFERENCE));
            return SiteReader.defaults(file);
        }
        return SourceText.read(files, file, findings)
                .flatMap(text -> SafeYaml.parse(file, text, findings))
                .map(root -> new SiteReader(findings).read(file, root))
                .orElseGet(() -> SiteReader.defaults(file));
    }

    /**
     * Reads one version file's content as if it were {@code file}: the loader's whole path from
     * bytes to model, for tools and fuzz tests that have no project on disk.
     */
    public Optional<PolicyVersion> parseVersion(Path file, byte[] content, List<Finding> findings) {
        Optional<VersionKey> key = VersionFileName.parse(file);
        if (key.isEmpty()) {
            findings.add(Finding.error(Position.startOf(file), VersionFileName.problem(file), Format.REFERENCE));
            return Optional.empty();
        }
        return SourceText.decode(file, content, findings)
                .flatMap(text -> SafeYaml.parse(file, text, findings))
                .flatMap(root -> new VersionReader(findings).read(key.get(), file, root, Sha256.hex(content)));
    }

    /** Files of versions/, by name; what the rule of {@link ProjectFiles} refuses is reported and skipped. */
    private static List<Path> listVersionFiles(ProjectFiles files, Path versionsDirectory, List<Finding> findings) {
        ProjectFiles.Listing listing = files.list(versionsDirectory, ProjectFiles.MAX_POLICY_BYTES);
        listing.refused().forEach(refusal -> findings.add(Finding.error(Position.startOf(refusal.file()),
                refusal.problem(), Format.REFERENCE)));
        listing.directories().forEach(dir -> findings.add(Finding.error(Position.startOf(dir),
                "'" + dir.getFileName() + "' is a directory; versions/ holds only version files", Format.REFERENCE)));
        return listing.files();
    }
}

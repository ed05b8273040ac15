package org.plainpolicy.build;

import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.Read;
import org.plainpolicy.model.Timeline;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.VersionKey;
import org.plainpolicy.model.VersionSummary;
import org.plainpolicy.site.InputFingerprint;

/**
 * The answer to each {@link Read}, as the project is in this build, on its day: a file by the digest
 * the build read it with, a summary by its values, the questions of the day by the version that
 * answers them. Asking costs no parsing, except a summary the build did not keep.
 */
final class ReadAnswers {

    private static final String NONE = "-";

    private final PolicyProject project;
    private final LocalDate today;
    private final Map<String, String> digests;
    private final Map<String, Timeline> timelines = new ConcurrentHashMap<>();

    /** @param inputs the digests the build read the files with; empty when there are none (a check alone) */
    ReadAnswers(PolicyProject project, LocalDate today, Optional<InputFingerprint> inputs) {
        this.project = project;
        this.today = today;
        this.digests = inputs.map(InputFingerprint::files).orElse(Map.of());
    }

    String answer(Read read) {
        return switch (read.kind()) {
            case FILE -> project.atPath(read.subject()).map(this::digest).orElse(NONE);
            case SUMMARY -> project.atPath(read.subject()).map(this::summary).orElse(NONE);
            case DIGEST -> project.atPath(read.subject()).map(this::digest).orElse(NONE);
            case PREVIOUS -> project.previous(key(read)).map(project::pathOf).orElse(NONE);
            case VERSION -> project.version(key(read).date(), read.language()).map(project::pathOf).orElse(NONE);
            case VERSIONS -> project.inLanguage(read.language()).stream().map(VersionFile::id)
                    .collect(Collectors.joining(" "));
            case ALL_VERSIONS -> project.versions().stream().map(project::pathOf).collect(Collectors.joining(" "));
            case LANGUAGES -> String.join(" ", project.languagesUsed());
            case STATUS -> project.version(key(read).date(), read.language())
                    .map(v -> timeline(read.language()).status(v.key())).orElse(NONE);
            case CURRENT -> id(timeline(read.language()).current());
            case NEXT -> id(timeline(read.language()).next());
            case REPLACEMENT -> id(timeline(read.language()).replacement(key(read)));
        };
    }

    private static VersionKey key(Read read) {
        return new VersionKey(LocalDate.parse(read.subject()), read.language());
    }

    private Timeline timeline(String language) {
        return timelines.computeIfAbsent(language, l -> new Timeline(project, l, today));
    }

    private String digest(VersionFile file) {
        return digests.getOrDefault(file.file().toAbsolutePath().normalize().toString(), "unread");
    }

    private String summary(VersionFile file) {
        try {
            VersionSummary s = project.summary(file);
            return s.announced().map(Object::toString).orElse(NONE) + ' ' + s.material() + ' '
                    + String.join("\u0000", s.changes()) + '\u0001' + s.noticeWaived().orElse(NONE);
        } catch (NoSuchElementException e) {
            return "unreadable";
        }
    }

    private static String id(Optional<VersionFile> version) {
        return version.map(VersionFile::id).orElse(NONE);
    }
}

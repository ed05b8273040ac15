package org.plainpolicy.ropa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plainpolicy.SiteWriteException;
import org.plainpolicy.site.AtomicFile;
import org.plainpolicy.site.OutputLocation;
import org.plainpolicy.site.SiteWriter;

/**
 * Writes the record's files into their directory, which is the tool's own only for those names:
 * each file is written beside its place and moved over it, so a reader never sees half a record;
 * nothing else in the directory is touched. The record is internal, so its directory is refused
 * inside a site that Plain Policy wrote (it would be published), in or around the policy
 * directory, and through a symbolic link.
 */
final class RecordFiles {

    private static final String CHOOSE = "Choose another output directory, such as target/ropa.";

    private RecordFiles() {
    }

    /** The real directory the record goes to, checked; it need not exist yet. */
    static Path location(Path output, Path policyDirectory) throws SiteWriteException {
        Path out = OutputLocation.of(output, policyDirectory, "the record", CHOOSE);
        for (Path dir = out; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)) {
                throw new SiteWriteException("the output directory " + output + " is "
                        + (dir.equals(out) ? "" : "inside ") + "the site in " + dir + ", which is published; the "
                        + "record of processing is for the DPO and the authority, not for the public. " + CHOOSE);
            }
        }
        return out;
    }

    /** Writes each file, by name, into {@code out}, a directory {@link #location} checked. */
    static List<Path> write(Path out, Map<String, byte[]> files) throws SiteWriteException {
        try {
            Files.createDirectories(out);
            if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
                throw new SiteWriteException("the output directory " + out + " is not a directory. " + CHOOSE);
            }
            Map<Path, byte[]> targets = new LinkedHashMap<>();
            for (var file : files.entrySet()) {
                Path target = out.resolve(file.getKey());
                if (Files.isSymbolicLink(target) || Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new SiteWriteException(target + " is a symbolic link or not a plain file; Plain Policy "
                            + "writes no file through a link or in place of a directory. Remove it, or " + CHOOSE
                            .substring(0, 1).toLowerCase(java.util.Locale.ROOT) + CHOOSE.substring(1));
                }
                targets.put(target, file.getValue());
            }
            for (var target : targets.entrySet()) {
                AtomicFile.replace(target.getKey(), target.getValue());
            }
            return List.copyOf(targets.keySet());
        } catch (IOException e) {
            throw new SiteWriteException("could not write the record to " + out + ": " + e.getMessage() + ". "
                    + CHOOSE, e);
        }
    }
}

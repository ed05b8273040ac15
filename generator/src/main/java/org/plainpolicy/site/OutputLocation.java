package org.plainpolicy.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.plainpolicy.SiteWriteException;

/**
 * Where an output directory really is on disk, and the rule that keeps it apart from the policy:
 * never the policy directory, inside it, or a directory holding it. Paths are compared by their
 * real locations, symbolic links followed, because a path that looks harmless as text
 * ({@code here/b}, with {@code here -> .}) may be the project itself.
 */
public final class OutputLocation {

    private static final String CHOOSE = "Choose another output directory, such as target/plainpolicy.";

    private OutputLocation() {
    }

    /**
     * The real location of {@code output}, checked against {@code policyDirectory}; neither needs
     * to exist yet. The output itself must not be a symbolic link: the writer replaces the
     * directory entry whole, so it would put a new directory in place of the link, somewhere else
     * than the location this rule checked.
     */
    public static Path of(Path output, Path policyDirectory) throws SiteWriteException {
        return of(output, policyDirectory, "the site", CHOOSE);
    }

    /**
     * As {@link #of(Path, Path)}, for an output other than the site: {@code what} names it in the
     * messages ("the record"), {@code choose} says what to do instead.
     */
    public static Path of(Path output, Path policyDirectory, String what, String choose) throws SiteWriteException {
        Path out = real(output, true);
        Path policy = real(policyDirectory, false);
        String onDisk = out.equals(output.toAbsolutePath().normalize()) ? "" : " (on disk it is " + out + ")";
        if (out.startsWith(policy)) {
            throw new SiteWriteException("the output directory " + output + " is "
                    + (out.equals(policy) ? "" : "inside ") + "the policy directory " + policyDirectory + onDisk
                    + ", and " + what + " must be written outside it. " + choose);
        }
        if (policy.startsWith(out)) {
            throw new SiteWriteException("the output directory " + output + " holds the policy directory "
                    + policyDirectory + onDisk + ", and writing " + what + " there would replace the policy. "
                    + choose);
        }
        return out;
    }

    /**
     * The deepest existing directory's real path, then the names that do not exist yet. Each existing
     * name is resolved as it is met (a link followed, the spelling made the one on disk); a link that
     * points nowhere is refused, since where it would lead once created is not known. {@code ..}
     * after a real directory is its real parent, as the operating system has it.
     */
    private static Path real(Path path, boolean isOutput) throws SiteWriteException {
        Path absolute = path.toAbsolutePath();
        Path current = absolute.getRoot();
        boolean exists = true;
        for (int i = 0; i < absolute.getNameCount(); i++) {
            String name = absolute.getName(i).toString();
            boolean last = i == absolute.getNameCount() - 1;
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path next = current.resolve(name);
            if (exists && Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                if (isOutput && last && Files.isSymbolicLink(next)) {
                    throw new SiteWriteException("the output directory " + path + " is a symbolic link; Plain Policy "
                            + "replaces the output directory whole, so it would not write where the link points. Give "
                            + "the directory the link points to instead, or choose another output directory, such as "
                            + "target/plainpolicy.");
                }
                try {
                    next = next.toRealPath();
                } catch (IOException e) {
                    throw new SiteWriteException("the " + (isOutput ? "output" : "policy") + " directory " + path
                            + " goes through " + next + ", a symbolic link that points to nothing or cannot be "
                            + "followed. Remove or fix the link. " + CHOOSE, e);
                }
            } else {
                exists = false;
            }
            current = next;
        }
        return current.normalize();
    }
}

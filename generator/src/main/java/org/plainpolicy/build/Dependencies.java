package org.plainpolicy.build;

import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.plainpolicy.model.Read;
import org.plainpolicy.site.InputFingerprint;

/**
 * What a page or a version's check depended on: the reads it made, and the digest of those reads
 * with their answers, together with the inputs every page shares (the tool, site.yaml, the
 * templates). The next build asks the same reads again; when the digest comes out the same, the
 * page or the findings still hold.
 *
 * @param reads the reads, encoded ({@link Read#encoded()}), sorted
 */
record Dependencies(String key, List<String> reads) {

    /** Nothing recorded: holds for no later build. */
    static final Dependencies NONE = new Dependencies("", List.of());

    Dependencies {
        reads = List.copyOf(reads);
    }

    /** The dependencies of what made {@code reads}, answered as the project is now. */
    static Dependencies of(String shared, Collection<Read> reads, ReadAnswers answers) {
        List<String> encoded = new TreeSet<>(reads).stream().map(Read::encoded).toList();
        return new Dependencies(key(shared, encoded, answers).orElseThrow(), encoded);
    }

    /** Whether everything read then is answered now as it was, under the same shared inputs. */
    boolean holds(String shared, ReadAnswers answers) {
        return !key.isEmpty() && key(shared, reads, answers).filter(key::equals).isPresent();
    }

    /** The digest; empty when a read is one this version of the tool does not know. */
    private static Optional<String> key(String shared, List<String> encoded, ReadAnswers answers) {
        StringBuilder text = new StringBuilder(shared);
        for (String line : encoded) {
            Optional<Read> read = Read.decoded(line);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            try {
                text.append('\n').append(line).append('=').append(answers.answer(read.get()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.of(InputFingerprint.digest(text.toString()));
    }
}

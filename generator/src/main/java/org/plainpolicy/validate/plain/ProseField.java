package org.plainpolicy.validate.plain;

import java.util.Optional;
import org.plainpolicy.model.Origin;
import org.plainpolicy.model.Position;

/**
 * One Markdown field of a version, where it is and what it is about.
 *
 * @param section     the page section it appears in, for the per-section readability score
 * @param sectionTitle a free section's title; empty for the page's own sections, which the theme names
 * @param label       how a message names it: "the description of purpose 'analytics'"
 * @param key         its key in {@code origin} ({@code changes#2} for the items of a list)
 * @param describesUse whether it says what is done with data, where vague words hide the answer
 * @param sectionAt   the top-level key its section comes from, where a section's score is reported
 */
public record ProseField(String section, Optional<String> sectionTitle, String label, String markdown, Origin origin, String key,
                         boolean describesUse, Position sectionAt) {
}

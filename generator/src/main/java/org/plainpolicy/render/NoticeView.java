package org.plainpolicy.render;

import java.util.List;

/**
 * The e-mail that tells users about a version before it takes effect, in one language: a text
 * part and an HTML part made from the same values.
 */
public record NoticeView(
        String subject,
        String effective,
        String siteName,
        String contact,
        String changesUrl,
        String policyUrl,
        List<String> items,
        List<Html> htmlItems) {
}

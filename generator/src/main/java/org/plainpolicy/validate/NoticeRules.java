package org.plainpolicy.validate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;

/**
 * Across versions: each is announced on or before its date, and a material change at least
 * {@code noticeDays} before it, unless the version says why the notice was waived. Checked on the
 * default-language file; the translation rules make the other files agree with it.
 */
final class NoticeRules {

    private NoticeRules() {
    }

    static void check(PolicyProject project, PolicyVersion v, List<Finding> out) {
        if (!v.language().equals(project.site().defaultLanguage())) {
            return;
        }
        int noticeDays = project.site().noticeDays();
        if (v.announced().isEmpty()) {
            if (!v.origin().rejected("announced")) {
                out.add(Rule.NOTICE_PERIOD.error(v.origin().of("announced"), "version " + v.id()
                        + " does not say when users were told of it; add `announced:` with that date"));
            }
            return;
        }
        LocalDate announced = v.announced().get();
        long days = ChronoUnit.DAYS.between(announced, v.effective());
        // The first version replaces nothing, so there is no one to give notice to.
        boolean first = project.previous(v).isEmpty();
        if (days < 0) {
            out.add(Rule.NOTICE_PERIOD.error(v.origin().of("announced"), "version " + v.id() + " is announced on "
                    + announced + ", after it takes effect; announce it on or before " + v.id()));
        } else if (!first && v.material() && v.noticeWaived().isEmpty() && days < noticeDays) {
            out.add(Rule.NOTICE_PERIOD.error(v.origin().of("announced"), "version " + v.id() + " is announced "
                    + days + (days == 1 ? " day" : " days") + " before it takes effect; the notice period is "
                    + noticeDays + " days, so announce it by " + v.effective().minusDays(noticeDays)
                    + ", move its date, or add `noticeWaived:` with the reason"));
        }
    }
}

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

    static void check(PolicyProject project, List<Finding> out) {
        List<PolicyVersion> versions = project.inLanguage(project.site().defaultLanguage());
        int noticeDays = project.site().noticeDays();
        for (int i = 0; i < versions.size(); i++) {
            PolicyVersion v = versions.get(i);
            if (v.announced().isEmpty()) {
                if (!v.origin().rejected("announced")) {
                    out.add(Rule.NOTICE_PERIOD.error(v.origin().of("announced"), "version " + v.id()
                            + " does not say when users were told of it; add `announced:` with that date"));
                }
                continue;
            }
            LocalDate announced = v.announced().get();
            long days = ChronoUnit.DAYS.between(announced, v.effective());
            if (days < 0) {
                out.add(Rule.NOTICE_PERIOD.error(v.origin().of("announced"), "version " + v.id() + " is announced on "
                        + announced + ", after it takes effect; announce it on or before " + v.id()));
            } else if (i > 0 && v.material() && v.noticeWaived().isEmpty() && days < noticeDays) {
                out.add(Rule.NOTICE_PERIOD.error(v.origin().of("announced"), "version " + v.id() + " is announced "
                        + days + (days == 1 ? " day" : " days") + " before it takes effect; the notice period is "
                        + noticeDays + " days, so announce it by " + v.effective().minusDays(noticeDays)
                        + ", move its date, or add `noticeWaived:` with the reason"));
            }
        }
    }
}

package org.plainpolicy.validate;

import java.util.List;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.Purpose;

/**
 * What the record of processing (GDPR Art. 30(1)) needs beyond what the policy needs (Art. 13 and
 * 14): the categories of data subjects of every purpose (c), its categories of personal data (c),
 * and a general description of the security measures (g). The rest of Art. 30(1) the policy's own
 * rules already ask for: the controller, representative and DPO (a), the purposes (b), the
 * recipients (d), the transfers and their safeguards (e), the time limits for erasure (f).
 */
final class RecordRules {

    private RecordRules() {
    }

    static void check(PolicyVersion v, List<Finding> out) {
        if (v.dataSubjects().isEmpty()) {
            out.add(Rule.RECORD.error(v.origin().of("dataSubjects"), "version " + v.id() + " names no groups of "
                    + "people, so the record cannot say whose data each purpose uses (Art. 30(1)(c)); add "
                    + "`dataSubjects:` with each group, such as `- {id: customers, name: Our customers}`, and name "
                    + "them in the `dataSubjects` of the purposes that concern only some of them"));
        }
        for (Purpose p : v.purposes()) {
            if (p.data().isEmpty() && !p.origin().rejected("data")) {
                out.add(Rule.RECORD.error(p.origin().of("data"), "purpose '" + p.id() + "' names no `data`, so "
                        + "the record has no categories of personal data for it (Art. 30(1)(c)); add `data:` with "
                        + "the ids of the categories it uses"));
            }
        }
        if (v.security().isEmpty() && !v.origin().rejected("security")) {
            out.add(Rule.RECORD.error(v.origin().of("security"), "version " + v.id() + " does not describe how the "
                    + "data is protected, which the record must (Art. 30(1)(g), Art. 32(1)); add `security:` with "
                    + "the technical and organisational measures, in plain words"));
        }
    }
}

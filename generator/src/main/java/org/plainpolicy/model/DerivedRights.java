package org.plainpolicy.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The rights a version grants, derived from its legal bases, never typed in (spec section 3).
 * The right to object is kept apart: the page shows it on its own and in the summary (Art. 21(4)).
 */
public final class DerivedRights {

    private DerivedRights() {
    }

    /** The rights in the order the page lists them, without those it sets apart ({@link #setApart}). */
    public static List<RightId> of(PolicyVersion version) {
        Set<LegalBasis> bases = EnumSet.noneOf(LegalBasis.class);
        version.purposes().forEach(p -> p.legalBasis().ifPresent(bases::add));
        List<RightId> rights = new ArrayList<>(List.of(RightId.ACCESS, RightId.RECTIFICATION, RightId.ERASURE,
                RightId.RESTRICTION));
        if (bases.contains(LegalBasis.CONSENT) || bases.contains(LegalBasis.CONTRACT)) {
            rights.add(RightId.PORTABILITY);
        }
        if (bases.contains(LegalBasis.CONSENT) || restsOnExplicitConsent(version)) {
            rights.add(RightId.WITHDRAW_CONSENT);
        }
        if (!version.automatedDecisions().isEmpty()) {
            rights.add(RightId.HUMAN_REVIEW);
        }
        rights.add(RightId.COMPLAINT);
        return List.copyOf(rights);
    }

    /**
     * Whether something rests only on people's explicit consent: special data (Art. 9(2)(a)), a transfer
     * under the derogation of Art. 49(1)(a), or a decision by automated means alone (Art. 22(2)(c)). That
     * consent can be withdrawn as any other (Art. 7(3), 13(2)(c)), whatever the purposes' bases.
     */
    private static boolean restsOnExplicitConsent(PolicyVersion version) {
        return version.personalData().stream()
                .anyMatch(d -> d.specialCondition().filter(c -> c == SpecialCondition.EXPLICIT_CONSENT).isPresent())
                || version.transfers().stream().anyMatch(t -> t.safeguard().filter(s -> s == Safeguard.DEROGATION)
                        .isPresent() && t.derogation().filter(d -> d == Derogation.EXPLICIT_CONSENT).isPresent())
                || version.automatedDecisions().stream()
                        .anyMatch(d -> d.ground().filter(g -> g == DecisionGround.EXPLICIT_CONSENT).isPresent());
    }

    /**
     * The rights the page sets apart from the others and shows in the summary too (Art. 21(4)), in
     * that order: the right to object, and the right to object to direct marketing.
     */
    public static List<RightId> setApart(PolicyVersion version) {
        List<RightId> rights = new ArrayList<>();
        if (canObject(version)) {
            rights.add(RightId.OBJECT);
        }
        if (version.purposes().stream().anyMatch(Purpose::directMarketing)) {
            rights.add(RightId.OBJECT_DIRECT_MARKETING);
        }
        return List.copyOf(rights);
    }

    /** Whether people may object (Art. 21): when some purpose rests on public-task or legitimate-interests. */
    private static boolean canObject(PolicyVersion version) {
        return version.purposes().stream().anyMatch(p -> p.legalBasis()
                .filter(b -> b == LegalBasis.PUBLIC_TASK || b == LegalBasis.LEGITIMATE_INTERESTS).isPresent());
    }
}

package org.plainpolicy.model;

/** The Art. 9(2) condition that allows processing a special category of data. */
public enum SpecialCondition implements Word {
    EXPLICIT_CONSENT("explicit-consent"),
    EMPLOYMENT_LAW("employment-law"),
    VITAL_INTERESTS("vital-interests"),
    NON_PROFIT("non-profit"),
    MADE_PUBLIC("made-public"),
    LEGAL_CLAIMS("legal-claims"),
    PUBLIC_INTEREST("public-interest"),
    HEALTH_CARE("health-care"),
    PUBLIC_HEALTH("public-health"),
    ARCHIVING_RESEARCH("archiving-research");

    private final String word;

    SpecialCondition(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}

package org.plainpolicy.model;

/**
 * The point of GDPR Art. 49(1) a transfer without adequacy or appropriate safeguards rests on.
 * Each is an exception for a specific situation, and some bring duties of their own: explicit
 * consent only after people were told the risks (point (a)), a public interest only one the law
 * recognises (Art. 49(4)), and compelling legitimate interests only with the interests stated and
 * the supervisory authority informed (the second subparagraph).
 */
public enum Derogation implements Word {
    EXPLICIT_CONSENT("explicit-consent", "49(1)(a)"),
    CONTRACT("contract", "49(1)(b)"),
    PRE_CONTRACTUAL_STEPS("pre-contractual-steps", "49(1)(b)"),
    CONTRACT_IN_YOUR_INTEREST("contract-in-your-interest", "49(1)(c)"),
    PUBLIC_INTEREST("public-interest", "49(1)(d)"),
    LEGAL_CLAIMS("legal-claims", "49(1)(e)"),
    VITAL_INTERESTS("vital-interests", "49(1)(f)"),
    PUBLIC_REGISTER("public-register", "49(1)(g)"),
    COMPELLING_LEGITIMATE_INTERESTS("compelling-legitimate-interests", "49(1), second subparagraph");

    private final String word;
    private final String point;

    Derogation(String word, String point) {
        this.word = word;
        this.point = point;
    }

    @Override
    public String word() {
        return word;
    }

    /** Where the GDPR sets it out: {@code 49(1)(a)}. */
    public String point() {
        return point;
    }
}

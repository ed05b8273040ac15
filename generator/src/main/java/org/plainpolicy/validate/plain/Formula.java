package org.plainpolicy.validate.plain;

import java.util.OptionalDouble;

/**
 * A published readability formula, with its own scale: which way is easier, and where "plain"
 * starts according to its source. The Flesch family shares Flesch's 0–100 scale, so site.yaml's
 * {@code minReadingEase} applies to it; Gulpease and LIX have scales of their own and keep the
 * threshold their authors give.
 */
public enum Formula {

    /** Flesch, R. (1948). A new readability yardstick. Journal of Applied Psychology 32(3). */
    FLESCH("flesch", "Flesch reading ease", true, OptionalDouble.empty()) {
        @Override
        double score(Measures m) {
            return 206.835 - 1.015 * m.wordsPerSentence() - 84.6 * m.syllablesPerWord();
        }
    },
    /** Kandel, L. and Moles, A. (1958). Application de l'indice de Flesch à la langue française. */
    KANDEL_MOLES("kandel-moles", "Kandel-Moles reading ease", true, OptionalDouble.empty()) {
        @Override
        double score(Measures m) {
            return 207 - 1.015 * m.wordsPerSentence() - 73.6 * m.syllablesPerWord();
        }
    },
    /** Amstad, T. (1978). Wie verständlich sind unsere Zeitungen? Flesch refitted to German. */
    AMSTAD("amstad", "Amstad reading ease", true, OptionalDouble.empty()) {
        @Override
        double score(Measures m) {
            return 180 - m.wordsPerSentence() - 58.5 * m.syllablesPerWord();
        }
    },
    /**
     * Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad. Consigna 214. Its F is read
     * as words per sentence, as Law (2011) shows the published definition must be meant.
     */
    FERNANDEZ_HUERTA("fernandez-huerta", "Fernández Huerta reading ease", true, OptionalDouble.empty()) {
        @Override
        double score(Measures m) {
            return 206.84 - 60 * m.syllablesPerWord() - 1.02 * m.wordsPerSentence();
        }
    },
    /** Douma, W. H. (1960). De leesbaarheid van landbouwbladen. Flesch refitted to Dutch. */
    FLESCH_DOUMA("flesch-douma", "Flesch-Douma reading ease", true, OptionalDouble.empty()) {
        @Override
        double score(Measures m) {
            return 206.84 - 77 * m.syllablesPerWord() - 0.93 * m.wordsPerSentence();
        }
    },
    /** Martins, T. B. F. et al. (1996). Readability formulas applied to textbooks in Brazilian Portuguese. */
    MARTINS("martins", "Flesch reading ease for Portuguese", true, OptionalDouble.empty()) {
        @Override
        double score(Measures m) {
            return 248.835 - 1.015 * m.wordsPerSentence() - 84.6 * m.syllablesPerWord();
        }
    },
    /**
     * Lucisano, P. and Piemontese, M. E. (1988). GULPEASE: una formula per la predizione della
     * difficoltà dei testi in lingua italiana. Below 60 a text is hard for a reader who left school
     * after the middle school (scuola media).
     */
    GULPEASE("gulpease", "Gulpease index", true, OptionalDouble.of(60)) {
        @Override
        double score(Measures m) {
            return 89 + (300.0 * m.sentences() - 10.0 * m.letters()) / m.words();
        }
    },
    /**
     * Björnsson, C. H. (1968). Läsbarhet. Lower is easier: 40 to 50 is a newspaper, above 50 the
     * language of official texts; 50 is where plain stops.
     */
    LIX("lix", "LIX", false, OptionalDouble.of(50)) {
        @Override
        double score(Measures m) {
            return m.wordsPerSentence() + 100.0 * m.longWords() / m.words();
        }
    };

    /** What the formulas count in a text: words, sentences, syllables, letters and words of more than six letters. */
    record Measures(int words, int sentences, int syllables, int letters, int longWords) {

        double wordsPerSentence() {
            return (double) words / sentences;
        }

        double syllablesPerWord() {
            return (double) syllables / words;
        }
    }

    private final String id;
    private final String title;
    private final boolean higherIsEasier;
    /** Empty for the Flesch family, whose target is site.yaml's {@code minReadingEase}. */
    private final OptionalDouble ownTarget;

    Formula(String id, String title, boolean higherIsEasier, OptionalDouble ownTarget) {
        this.id = id;
        this.title = title;
        this.higherIsEasier = higherIsEasier;
        this.ownTarget = ownTarget;
    }

    abstract double score(Measures m);

    /** Its key in the theme's messages: {@code readability.formula.<id>} names it with its source. */
    public String id() {
        return id;
    }

    /** Its name in findings and on the command line. */
    public String title() {
        return title;
    }

    public boolean higherIsEasier() {
        return higherIsEasier;
    }

    /** The score a plain text reaches: site.yaml's {@code minReadingEase} on Flesch's scale, the source's own otherwise. */
    public double target(double minReadingEase) {
        return ownTarget.orElse(minReadingEase);
    }

    /** Whether a score misses the target, whichever way the scale runs. */
    public boolean misses(double score, double target) {
        return higherIsEasier ? score < target : score > target;
    }
}

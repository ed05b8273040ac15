package org.plainpolicy.validate.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

    @ParameterizedTest(name = "{0}: {1} sentences")
    @CsvSource(delimiter = '|', value = {
        "We use your name. Then we stop.                                        | 2",
        "We use e.g. your name and i.e. your email. That is all.                | 2",
        "Write to privacy@postwise.example. We answer within a month.           | 2",
        "See https://postwise.example/privacy. It explains the rest.            | 2",
        "It costs 3.5 euros a month. You pay once.                              | 2",
        "J. Smith, our DPO, signed it. Write to her.                            | 2",
        "Art. 13 of the GDPR applies. It lists what we tell you.                | 2",
        "Do you agree? Tick the box!                                            | 2",
        "We keep it for 3 years (until you leave). Then we delete it.           | 2",
        "Stripe, Inc. handles payments for us.                                  | 1",
        "one sentence without a full stop                                       | 1",
    })
    void englishSentencesSplitWhereAReaderWould(String text, int expected) {
        assertEquals(expected, Sentences.split(text, Language.of("en")).size(),
                () -> Sentences.split(text, Language.of("en")).toString());
    }

    @ParameterizedTest(name = "{0}: {1} sentences")
    @CsvSource(delimiter = '|', value = {
        "Voir l'art. 13 du RGPD. C'est clair.                                   | 2",
        "M. Dupont signe le contrat. Il part ensuite.                           | 2",
        "Écrivez à dpo@postwise.example. Nous répondons vite.                   | 2",
        "Nous gardons vos données 3 ans, etc. pour la loi.                      | 1",
    })
    void frenchSentencesSplitWhereAReaderWould(String text, int expected) {
        assertEquals(expected, Sentences.split(text, Language.of("fr")).size());
    }

    @Test
    void addressesAndNumbersAreOneWordEach() {
        assertEquals(List.of("Write", "to", "privacy@postwise.example", "or", "https://postwise.example/a.b", "by",
                "3.5"), Sentences.words("Write to privacy@postwise.example or https://postwise.example/a.b by 3.5"));
    }

    /** Dictionary syllable counts; the rules get most of them right, as published formulas assume. */
    private static final Map<String, Integer> ENGLISH_SYLLABLES = Map.ofEntries(
            Map.entry("cat", 1), Map.entry("the", 1), Map.entry("we", 1), Map.entry("rights", 1),
            Map.entry("walked", 1), Map.entry("table", 2), Map.entry("people", 2), Map.entry("data", 2),
            Map.entry("account", 2), Map.entry("delete", 2), Map.entry("consent", 2), Map.entry("complain", 2),
            Map.entry("because", 2), Map.entry("privacy", 3), Map.entry("policy", 3), Map.entry("company", 3),
            Map.entry("personal", 3), Map.entry("security", 4), Map.entry("authority", 4),
            Map.entry("information", 4), Map.entry("necessary", 4), Map.entry("readability", 5),
            Map.entry("organisation", 5), Map.entry("email", 2), Map.entry("service", 2), Map.entry("address", 2),
            Map.entry("protect", 2), Map.entry("newsletter", 3), Map.entry("purpose", 2), Map.entry("legal", 2),
            Map.entry("basis", 2), Map.entry("interest", 3), Map.entry("decision", 3), Map.entry("automated", 4),
            Map.entry("processor", 3), Map.entry("controller", 3), Map.entry("retention", 3), Map.entry("years", 1),
            Map.entry("month", 1), Map.entry("created", 3));

    @Test
    void englishSyllablesAreRightForNineWordsInTen() {
        long right = ENGLISH_SYLLABLES.entrySet().stream()
                .filter(e -> Syllables.english(e.getKey()) == e.getValue()).count();
        assertTrue(right >= 0.9 * ENGLISH_SYLLABLES.size(), right + " of " + ENGLISH_SYLLABLES.size());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"chat, 1", "le, 1", "données, 2", "donnée, 2", "personnelles, 3", "politique, 3",
        "confidentialité, 6", "autorité, 4", "réclamation, 4", "compte, 1", "supprimer, 3"})
    void frenchSyllables(String word, int expected) {
        assertEquals(expected, Syllables.french(word));
    }

    @Test
    void fleschGivesThePublishedScoreOfTheCatOnTheMat() {
        // "The cat sat on the mat." is the textbook example: 6 words, 6 syllables, 1 sentence, 116.1.
        assertEquals(116.1, score("The cat sat on the mat.", Language.of("en")), 0.05);
    }

    @Test
    void kandelAndMolesScoresFrenchOnItsOwnScale() {
        // 207 - 1.015 × 6 - 73.6 × 7/6 = 115.0: "Le chat est sur le tapis." has 6 words and 7 syllables.
        assertEquals(115.0, score("Le chat est sur le tapis.", Language.of("fr")), 0.05);
    }

    @Test
    void legaleseScoresFarBelowPlainWords() {
        double plain = score("We keep your data for three years. Then we delete it. You can ask us to delete it sooner.",
                Language.of("en"));
        double legalese = score("Notwithstanding the aforementioned provisions, the controller shall retain personal "
                + "information for the duration necessitated by applicable regulatory obligations.", Language.of("en"));
        assertTrue(plain > 80 && legalese < 10, plain + " / " + legalese);
    }

    private static double score(String text, Language language) {
        List<Sentences.Sentence> sentences = Sentences.split(text, language);
        int words = sentences.stream().mapToInt(s -> s.words().size()).sum();
        int syllables = sentences.stream().flatMap(s -> s.words().stream()).mapToInt(language::syllables).sum();
        int letters = sentences.stream().flatMap(s -> s.words().stream())
                .mapToInt(w -> (int) w.chars().filter(Character::isLetter).count()).sum();
        int longWords = (int) sentences.stream().flatMap(s -> s.words().stream())
                .filter(w -> w.chars().filter(Character::isLetter).count() > 6).count();
        return language.formula().orElseThrow()
                .score(new Formula.Measures(words, sentences.size(), syllables, letters, longWords));
    }
}

package org.plainpolicy.diff;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plainpolicy.model.Safeguard;
import org.plainpolicy.render.Theme;

/**
 * The French change sentences read right whatever fills their slots: a recipient's name that a
 * French sentence would need an article for ("Direction générale des Finances publiques"), a
 * country without its article, and every safeguard, whose short form starts with its own article.
 */
class FrenchChangeSentencesTest {

    private static final String AUTHORITY = "Direction générale des Finances publiques";
    private final ChangeSentences french = new ChangeSentences(Theme.load(Path.of("no-overrides")).messages("fr"));

    @Test
    void aRecipientNameNeverFollowsAPrepositionOrStartsASentence() {
        assertAll(
                () -> assertEquals("Nouveau destinataire : " + AUTHORITY + " (pays de traitement : France).",
                        french.sentence(Change.of(ChangeKind.RECIPIENT_ADDED, "r", new Change.Text(AUTHORITY), new Change.Country("FR")))),
                () -> assertEquals("Nouveau pays de traitement pour le destinataire « " + AUTHORITY
                        + " » : États-Unis (auparavant : France).", french.sentence(Change.of(ChangeKind.RECIPIENT_COUNTRY,
                        "r", new Change.Text(AUTHORITY), new Change.Country("FR"), new Change.Country("US")))),
                () -> assertEquals("Pour la finalité « Comptabilité », destinataires ajoutés : " + AUTHORITY + ".",
                        french.sentence(Change.of(ChangeKind.PURPOSE_RECIPIENTS_ADDED, "p", new Change.Text("Comptabilité"),
                                new Change.Names(List.of(AUTHORITY))))),
                () -> assertEquals("Nous ne communiquons plus de données à ce destinataire : " + AUTHORITY + ".",
                        french.sentence(Change.of(ChangeKind.RECIPIENT_REMOVED, "r", new Change.Text(AUTHORITY)))));
    }

    @Test
    void everySafeguardReadsRightInATransferSentence() {
        List<String> sentences = new ArrayList<>();
        for (Safeguard safeguard : Safeguard.values()) {
            Change.Term term = new Change.Term("safeguard.short." + safeguard.word());
            sentences.add(french.sentence(Change.of(ChangeKind.TRANSFER_ADDED, "t", new Change.Text("Stripe, Inc."),
                    new Change.Country("US"), term)));
            sentences.add(french.sentence(Change.of(ChangeKind.TRANSFER_SAFEGUARD, "t", new Change.Text("Stripe, Inc."),
                    new Change.Country("US"), term, term)));
        }
        assertEquals("Nouveau transfert hors de l’EEE, vers le destinataire « Stripe, Inc. » (États-Unis), encadré par "
                + "les clauses contractuelles types de la Commission européenne.",
                sentences.get(2 * Safeguard.STANDARD_CONTRACTUAL_CLAUSES.ordinal()));
        assertEquals(List.of(), sentences.stream().filter(FrenchChangeSentencesTest::misjoined).toList());
    }

    /** "à les", "de les", "à le", "de le": French contracts them (aux, des, au, du); a sentence that shows one was built around a slot. */
    static boolean misjoined(String text) {
        return Arrays.stream(new String[] {" à les ", " de les ", " à le ", " de le ", "ce pays : "})
                .anyMatch(text::contains);
    }
}

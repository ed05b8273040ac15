package org.plainpolicy.validate.plain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each language's abbreviations end no sentence; its real full stops still do. */
class SentencesByLanguageTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de | Wir nutzen z. B. Ihre Adresse. Dann löschen wir sie.                                    | 2",
        "de | Das gilt bzw. galt auch für Kunden. Mehr steht unten.                                   | 2",
        "de | Wir prüfen d. h. Ihre Angaben. Sie bekommen eine Antwort.                               | 2",
        "de | Wir speichern u. a. Namen und Adressen. Mehr nicht.                                     | 2",
        "de | Nach Art. 6 Abs. 1 S. 1 lit. b DSGVO ist das erlaubt. Sie müssen nichts tun.             | 2",
        "de | Siehe Nr. 3 der Liste. Dort steht alles.                                                | 2",
        "de | Wir löschen die Daten ggf. Früher als geplant.                                          | 1",
        "de | Die Frist beginnt am 1. März. Sie endet am 31. Mai.                                     | 2",
        "de | Sie sagten: „Das reicht.“ Wir löschen also.                                             | 2",
        "fr | Voir l'art. 13 du RGPD. C'est clair.                                                    | 2",
        "fr | Écrivez au n°. 12 de la rue. Nous répondons vite.                                       | 2",
        "es | Usamos datos, p. ej. Su nombre y su correo. Nada más.                                   | 2",
        "es | Según el art. 6 del RGPD podemos hacerlo. Usted puede oponerse.                         | 2",
        "es | Consulte la ley núm. 3 de 2018. Allí está todo.                                         | 2",
        "es | ¿Quiere borrar sus datos? Escríbanos.                                                   | 2",
        "it | Usiamo dati, ad es. Nome e indirizzo. Nient'altro.                                      | 2",
        "it | Lo prevede l'art. 6 del GDPR. Lei può opporsi.                                          | 2",
        "nl | Wij gebruiken bijv. Uw naam. Verder niets.                                              | 2",
        "nl | Wij bewaren o.a. Uw adres en art. 6 AVG staat dat toe. Meer niet.                       | 2",
        "pl | Zbieramy np. Imię i nazwisko. Nic więcej.                                               | 2",
        "pl | Podstawą jest art. 6 ust. 1 RODO. Może Pan się sprzeciwić.                              | 2",
        "pt | Usamos dados, p. ex. O seu nome. Mais nada.                                             | 2",
        "sv | Vi sparar t.ex. Namn och adress. Inget mer.                                             | 2",
        "da | Vi gemmer f.eks. Navn og adresse. Intet andet.                                          | 2",
        "no | Vi lagrer bl.a. Navn og adresse fra 1. Januar. Ikke noe mer.                            | 2",
        "nb | Vi lagrer f.eks. Navn. Ikke noe mer.                                                    | 2",
        "cs | Podle čl. 6 odst. 1 GDPR to smíme. Můžete vznést námitku.                               | 2",
        "sk | Podľa čl. 6 ods. 1 GDPR to môžeme. Môžete namietať.                                     | 2",
        "sl | Po čl. 6 GDPR to smemo. Lahko ugovarjate.                                               | 2",
        "hr | Prema čl. 6 st. 1 GDPR-a to smijemo. Možete uložiti prigovor.                           | 2",
        "hu | Ez a Ptk. Szerint is így van. Tiltakozhat.                                              | 2",
        "fi | Keräämme esim. Nimen ja osoitteen. Emme muuta.                                          | 2",
        "et | Kogume nt. Nime ja aadressi. Muud mitte.                                                | 2",
        "lv | Mēs glabājam piem. Vārdu un adresi. Neko citu.                                          | 2",
        "lt | Renkame pvz. Vardą ir adresą. Nieko daugiau.                                            | 2",
        "ro | Conform art. 6 alin. 1 din GDPR avem acest drept. Vă puteți opune.                      | 2",
        "bg | Съгласно чл. 6 ал. 1 от ОРЗД имаме право. Можете да възразите.                          | 2",
        "el | Σύμφωνα με το άρθ. 6 του ΓΚΠΔ έχουμε δικαίωμα. Θέλετε να αντιταχθείτε; Γράψτε μας.      | 3",
        "ga | Faoi Alt. 6 den RGCS tá cead againn. Is féidir leat agóid a dhéanamh.                   | 2",
        "mt | Skont l-art. 6 tal-GDPR għandna dritt. Tista' toġġezzjona.                              | 2",
        "is | Samkvæmt 6. gr. GDPR höfum við heimild. Þú getur mótmælt.                               | 2",
    })
    void abbreviationsEndNoSentence(String language, String text, int expected) {
        assertEquals(expected, Sentences.split(text, Language.of(language)).size(),
                () -> Sentences.split(text, Language.of(language)).toString());
    }

    @Test
    void everyLanguageOfTheEeaIsKnownWithItsAbbreviations() {
        Set<String> eea = Set.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
                "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "is", "no", "nb");
        assertEquals(new TreeSet<>(eea), new TreeSet<>(Language.codes()));
        for (String code : eea) {
            assertFalse(Language.of(code).isAbbreviation("zzz"), code);
            assertEquals(true, Language.of(code).isAbbreviation(anyAbbreviation(code)), code);
        }
    }

    private static String anyAbbreviation(String code) {
        String line = WordLists.lines("abbreviations_" + (code.equals("nb") ? "no" : code) + ".txt").get(0);
        String word = line.replaceAll("\\.\\s+", ".");
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    @Test
    void aLanguageOutsideTheTableIsStillSplitOnItsFullStops() {
        assertEquals(2, Sentences.split("Watashi wa. Anata wa.", Language.of("ja")).size());
        assertEquals(false, Language.of("ja").formula().isPresent());
    }
}

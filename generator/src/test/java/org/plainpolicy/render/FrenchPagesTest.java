package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No French page of the built sample shows a phrase that a slot filled with the wrong grammar
 * ("à les", "de les", "dans ce pays : États-Unis"), nor "accord" as a word where the GDPR says
 * "consentement". "l’accord du client" stays allowed: there "accord" is the client's agreement.
 */
class FrenchPagesTest {

    /**
     * "à les" and "de les" before a plural word (it ends in s or x) are an article French contracts
     * (aux, des); before an infinitive, "les" is a pronoun and right: "demandez-lui de les corriger".
     */
    private static final Pattern WRONG = Pattern.compile(
            "(?iU)\\b(?:à|de) les \\p{L}*[sx]\\b|(?<=\\s)accord\\b|ce pays : ");

    @Test
    void noFrenchPageOfTheSampleHasASlotWithTheWrongGrammar(@TempDir Path output) {
        BuiltSite site = BuiltSite.build(SampleSiteTest.SAMPLE, output.resolve("site"), LocalDate.of(2018, 10, 1));
        List<String> found = new ArrayList<>();
        for (String page : site.files().stream().filter(f -> f.startsWith("fr/") && f.endsWith(".html")).toList()) {
            String text = Jsoup.parse(site.read(page)).text().replace('\u00a0', ' ').replace('\u202f', ' ');
            WRONG.matcher(text).results().forEach(m -> found.add(page + ": " + context(text, m.start())));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckFindsTheFaultsItIsFor() {
        assertEquals(List.of("à les clauses", "accord", "ce pays : "), Stream.of(
                "grâce à les clauses contractuelles types", "vous avez donné votre accord.",
                "dans ce pays : États-Unis", "demandez-lui de les corriger", "l’accord du client")
                .flatMap(text -> WRONG.matcher(text).results().map(m -> m.group())).toList());
    }

    @Test
    void aNameThatEndsASummarySentenceKeepsOneFullStop() {
        Messages french = Theme.load(Path.of("no-overrides")).messages("fr");
        assertEquals("Nous les communiquons à ces destinataires, uniquement pour les finalités indiquées : Mailer Inc.",
                french.sentence("summary.recipients.text", "Mailer Inc."));
    }

    private static String context(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30));
    }
}

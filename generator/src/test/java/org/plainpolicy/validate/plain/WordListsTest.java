package org.plainpolicy.validate.plain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped jargon and vague-word lists: each language has both, and every term a plainer alternative. */
class WordListsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr", "de", "es", "it", "nl", "pl", "pt", "sv"})
    void eachListHasTwentyOrMoreTermsWithAPlainerWord(String language) {
        Map<String, String> jargon = WordLists.jargon(language);
        assertTrue(jargon.size() >= 20 && jargon.size() <= 45, language + ": " + jargon.size());
        jargon.forEach((term, plainer) -> assertFalse(plainer.isBlank() || plainer.equalsIgnoreCase(term),
                language + ": " + term));
        assertTrue(WordLists.vague(language).size() >= 15, language);
    }
}

package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plainpolicy.render.Theme;

/**
 * A redline decides that a paragraph was rewritten before it compares it word by word, and never
 * compares more than it can in seconds: once, a rewritten text of 64,000 words took minutes.
 */
class RedlineTest {

    private final Redline redline = new Redline(Theme.load(Path.of("no-templates")).messages("en"));

    @Test
    void capitalsAndSpacesAloneAreNotMarkedAndTheNewTextIsShown() {
        String html = redline.of("We keep your data safe.  We log  access.", "We keep your Data safe. We log access.")
                .toString();
        assertEquals("<p>We keep your Data safe. We log access.</p>", html);
    }

    @Test
    void aRewrittenSentenceIsShownWholeBesideTheSentencesThatStayed() {
        String html = redline.of("We keep your data safe. We send it to nobody else. We log access.",
                "We keep your data safe. Only our host and our mailer receive it. We log access.").toString();
        assertEquals(1, count(html, "<del>"));
        assertEquals(1, count(html, "<ins>"));
        assertTrue(html.startsWith("<p>We keep your data safe. <del>"), html);
        assertTrue(html.contains("We send it to nobody else.<span"), html);
        assertTrue(html.contains("Only our host and our mailer receive it.<span"), html);
        assertTrue(html.endsWith(" We log access.</p>"), html);
    }

    @Test
    void wordsChangedOneApartAreMarkedAsOnePhrase() {
        String html = redline.of("Your password needs at least eight letters and one digit in it.",
                "Your password needs at least twelve letters or one symbol in it.").toString();
        assertEquals(1, count(html, "<del>"), html);
        assertTrue(html.contains("eight letters and one digit<span"), html);
        assertTrue(html.contains("twelve letters or one symbol<span"), html);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aRewrittenParagraphOf64000WordsIsShownWholeAtOnce() {
        String before = words("old", 64_000);
        String after = words("new", 64_000);
        String html = timed("64,000 words rewritten", () -> redline.of(before, after).toString());
        assertEquals(1, count(html, "<del>"));
        assertEquals(1, count(html, "<ins>"));
        assertTrue(html.startsWith("<p><del><span class=\"visually-hidden\">[removed: </span>old0 old1 "),
                html.substring(0, 80));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aShuffledParagraphOf64000WordsIsShownWholeAtOnce() {
        List<String> shuffled = new ArrayList<>(List.of(words("word", 64_000).split(" ")));
        Collections.shuffle(shuffled, new Random(13));
        String html = timed("64,000 words shuffled", () -> redline.of(words("word", 64_000),
                String.join(" ", shuffled)).toString());
        assertEquals(1, count(html, "<del>"));
        assertEquals(1, count(html, "<ins>"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theLongestParagraphStillComparedWordByWordIsComparedInSeconds() {
        int words = Redline.MAX_COMPARED / 4;
        List<String> shuffled = new ArrayList<>(List.of(words("word", words).split(" ")));
        Collections.shuffle(shuffled, new Random(13));
        String html = timed(words + " words shuffled", () -> redline.of(words("word", words),
                String.join(" ", shuffled)).toString());
        // Shuffled, nothing of the sentence is left in place: it is shown removed, then added.
        assertEquals(1, count(html, "<del>"), "a sentence rewritten is shown whole");
        List<String> edited = new ArrayList<>(List.of(words("word", words).split(" ")));
        for (int i = 0; i < words; i += 8) {
            edited.set(i, "changed" + i);
        }
        String sparse = timed(words + " words, every eighth changed", () -> redline.of(words("word", words),
                String.join(" ", edited)).toString());
        assertEquals(words / 8, count(sparse, "<del>"), "compared word by word");
    }

    @Test
    void paragraphsBeyondTheLimitAreReplacedAsOneAndEachStillComparedWordByWord() {
        int paragraphs = Redline.MAX_COMPARED;
        String before = IntStream.range(0, paragraphs).mapToObj(i -> "We keep item " + i + ".")
                .collect(Collectors.joining("\n\n"));
        String after = IntStream.range(0, paragraphs).mapToObj(i -> "We keep thing " + i + ".")
                .collect(Collectors.joining("\n\n"));
        String html = redline.of(before, after).toString();
        assertEquals(paragraphs, count(html, "<p>We keep <del>"));
    }

    private List<RedlineBlocks.Block> blocks(String html) {
        return new RedlineBlocks(href -> href.startsWith("#") ? "page.html" + href : href)
                .of(Jsoup.parseBodyFragment(html).body());
    }

    @Test
    void listsEmphasisAndLinksStayWhatTheyAreWithTheWordsMarkedInside() {
        String html = redline.of(
                blocks("<ul><li><strong>Customers</strong> use <a href=\"#data\">our service</a> daily.</li>"
                        + "<li>Contacts get e-mails.</li></ul>"),
                blocks("<ul><li><strong>Customers</strong> use <a href=\"#data\">our service</a> every week.</li>"
                        + "<li>Contacts get e-mails.</li></ul>")).toString();
        assertTrue(html.startsWith("<ul>\n<li><strong>Customers</strong> use <a href=\"page.html#data\">our service</a> "),
                html);
        assertTrue(html.contains("<del><span class=\"visually-hidden\">[removed: </span>daily."), html);
        assertTrue(html.contains("every week."), html);
        assertTrue(html.endsWith("<li>Contacts get e-mails.</li>\n</ul>"), html);
    }

    @Test
    void aBlockRewrittenBeyondTheThresholdIsRemovedAndAddedWhole() {
        String html = redline.of(blocks("<p>We keep your data for a <em>short</em> time and then delete it.</p>"),
                blocks("<p>Our partners may store records about you in their own systems.</p>")).toString();
        assertEquals("<p><del><span class=\"visually-hidden\">[removed: </span>We keep your data for a <em>short</em> "
                + "time and then delete it.<span class=\"visually-hidden\"> – end of removal]</span></del></p>\n"
                + "<p><ins><span class=\"visually-hidden\">[added: </span>Our partners may store records about you in their "
                + "own systems.<span class=\"visually-hidden\"> – end of addition]</span></ins></p>", html);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aSectionRewrittenItemByItemCostsACountOfItsWords() {
        String before = IntStream.range(0, 3_000).mapToObj(i -> "<li>We keep record " + i + " of the old kind for "
                + "some time.</li>").collect(Collectors.joining("", "<ul>", "</ul>"));
        String after = IntStream.range(0, 3_000).mapToObj(i -> "<li>Partners hold file " + i + " about people in "
                + "other places.</li>").collect(Collectors.joining("", "<ul>", "</ul>"));
        List<RedlineBlocks.Block> old = blocks(before);
        List<RedlineBlocks.Block> now = blocks(after);
        String html = timed("3,000 items rewritten", () -> redline.of(old, now).toString());
        assertEquals(3_000, count(html, "<del>"));
        assertEquals(3_000, count(html, "<ins>"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a b c|a b c|5",
        "a b c|c b a|5",
        "a a a|a|1",
        "a b|c d|1",
        "|a b|0",
        "we keep it|they keep nothing|3",
    })
    void mostKeptIsTheSharedTokensCountedWithTheirRepeats(String before, String after, int most) {
        assertEquals(most, Redline.mostKept(Redline.tokens(before == null ? "" : before), Redline.tokens(after)));
    }

    private static String words(String stem, int count) {
        return IntStream.range(0, count).mapToObj(i -> stem + i).collect(Collectors.joining(" "));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String timed(String what, Supplier<String> redlined) {
        long started = System.nanoTime();
        String html = redlined.get();
        System.out.println("redline of " + what + ": " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return html;
    }
}

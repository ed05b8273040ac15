package org.plainpolicy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.plainpolicy.validate.plain.PlainText;

/**
 * GFM tables in policy text: a real table, with header cells that head their columns, a caption
 * taken from the heading before it, a frame that scrolls on a phone, and every cell escaped; the
 * plain-language checks and the redline read it row by row.
 */
class MarkdownTablesTest {

    private static final Path TABLE = Path.of("src/test/resources/render/cookie-table.md");

    @Test
    void aTableRendersWithHeaderCellsACaptionAndAFrame() throws IOException {
        Document html = Jsoup.parse(new Markdown().block(Files.readString(TABLE)).toString());
        Element table = html.selectFirst("div.table-wrap > table");
        assertTrue(table != null, html.body().html());
        assertEquals("Cookies we set", table.selectFirst("caption").text());
        assertTrue(html.select("h2, h3").isEmpty(), "the heading became the caption, not said twice");
        assertEquals(List.of("Name", "Why", "How long"), table.select("thead th[scope=col]").eachText());
        assertEquals(2, table.select("tbody tr").size());
        assertEquals("session", table.select("tbody tr").get(0).select("td").get(0).text());
    }

    @Test
    void cellsAreEscapedLikeEveryOtherText() throws IOException {
        String html = new Markdown().block(Files.readString(TABLE)).toString();
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(!html.contains("<script>"), html);
    }

    @Test
    void aTableWithoutAHeadingBeforeItHasNoCaption() {
        Document html = Jsoup.parse(new Markdown().block("Before.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n").toString());
        assertTrue(html.selectFirst("table caption") == null);
        assertEquals("Before.", html.selectFirst("p").text());
    }

    @Test
    void theChecksAndTheRedlineReadATableRowByRow() throws IOException {
        List<String> paragraphs = PlainText.paragraphs(Files.readString(TABLE));
        assertEquals(List.of("We set two cookies.", "Cookies we set:", "Name; Why; How long", "session; Keeps you signed in.; Until you close the browser",
                "lang; Remembers your language <script>; 1 year"), paragraphs);
    }
}

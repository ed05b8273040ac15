package org.plainpolicy.ropa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plainpolicy.Golden;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.SiteWriteException;
import org.plainpolicy.TestFiles;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.render.Messages;
import org.plainpolicy.HtmlChecker;
import org.plainpolicy.render.Theme;

/**
 * The sample's record of processing, as a DPO would hand it over: the CSV against its golden file
 * ({@code -Dplainpolicy.refresh=true} rewrites it), the workbook read back with fastexcel's reader
 * cell by cell, the page valid HTML; the same policy gives the same bytes, whatever the machine's
 * time zone; and the record is never written where it would be published or through a link.
 */
class RecordOfProcessingTest {

    private static final Path SAMPLE = Path.of("../sample-policy/policy");
    private static final Path GOLDEN = Path.of("src/test/resources/ropa/sample/ropa.csv");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @TempDir
    static Path work;
    private static Path record;
    private static ProcessingRecord table;

    @BeforeAll
    static void recordTheSample() throws Exception {
        Path policy = TestFiles.copy(SAMPLE, work.resolve("policy"));
        PlainPolicy.RecordResult result = PlainPolicy.standard().record(policy, work.resolve("ropa"), TODAY);
        assertEquals(0, result.check().errors(), () -> result.check().findings().toString());
        assertEquals(3, result.written().size());
        record = work.resolve("ropa");
        PolicyProject project = PlainPolicy.standard().check(policy).project().orElseThrow();
        PolicyVersion current = project.model(project.version(LocalDate.of(2026, 12, 1), "en").orElseThrow());
        Messages msg = Theme.load(policy.resolve("templates")).messages("en");
        table = RecordOfProcessing.of(current, msg);
    }

    @Test
    void theSamplesRecordIsTheGoldenCsv() throws IOException {
        byte[] csv = Files.readAllBytes(record.resolve("ropa.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3),
                "UTF-8 with a byte order mark, for spreadsheets");
        Golden.assertMatches(GOLDEN, new String(csv, StandardCharsets.UTF_8), SAMPLE);
    }

    @Test
    void thereIsOneRowPerPurposeAndEveryArticle30ColumnIsFilled() {
        assertEquals(8, table.rows().size(), "the sample has eight purposes");
        assertEquals(17, table.columns().size());
        for (List<String> row : table.rows()) {
            assertEquals(table.columns().size(), row.size());
            for (int c = 0; c < row.size(); c++) {
                assertFalse(row.get(c).isBlank(), table.columns().get(c).heading() + " of " + row.get(0));
            }
        }
        List<String> billing = table.rows().stream().filter(r -> r.get(0).equals("Bill you and take payment"))
                .findFirst().orElseThrow();
        assertEquals("Our customers: The companies and people who have a Postwise account and send e-mails "
                + "through it.", billing.get(7), "the purpose's own group, not every group");
        assertTrue(billing.get(12).contains("Stripe, Inc., United States: the EU's standard contractual clauses. "
                + "Copy: mailto:privacy@postwise.example"), billing.get(12));
        assertEquals("2026-12-01", billing.get(16));
    }

    @Test
    void theWorkbookReadsBackCellForCellAsTheRecord() throws IOException {
        List<List<String>> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(record.resolve("ropa.xlsx"));
             ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> texts = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    texts.add(row.getCellText(c));
                }
                cells.add(texts);
            }
        }
        List<List<String>> expected = new ArrayList<>();
        expected.add(table.columns().stream().map(ProcessingRecord.Column::headingWithArticle).toList());
        expected.addAll(table.rows());
        assertEquals(expected, cells);
    }

    @Test
    void thePageIsValidHtmlInItsLanguage() throws Exception {
        String html = Files.readString(record.resolve("ropa.html"));
        assertEquals(List.of(), HtmlChecker.errors("ropa.html", html));
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<th scope=\"row\">Send you our newsletter</th>"), "each purpose heads its row");
    }

    @Test
    void theSamePolicyGivesTheSameBytesInAnyTimeZone() throws Exception {
        TimeZone zone = TimeZone.getDefault();
        Path again = work.resolve("again");
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            PlainPolicy.standard().record(work.resolve("policy"), again, TODAY);
        } finally {
            TimeZone.setDefault(zone);
        }
        for (String file : List.of("ropa.csv", "ropa.xlsx", "ropa.html")) {
            assertArrayEquals(Files.readAllBytes(record.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }

    @Test
    void inAnotherLanguageOfTheSiteTheRecordIsMadeFromThatLanguagesVersion(@TempDir Path dir) throws Exception {
        PlainPolicy.RecordResult result = PlainPolicy.standard().record(work.resolve("policy"), dir.resolve("fr"),
                TODAY, java.util.Optional.of("fr"));
        assertEquals(0, result.check().errors(), () -> result.check().findings().toString());
        String csv = Files.readString(dir.resolve("fr/ropa.csv"));
        assertTrue(csv.startsWith("\uFEFF\"Activité de traitement (art. 30.1.b du RGPD)\""), csv.substring(0, 80));
        assertTrue(csv.contains("\"Gérer votre compte et envoyer vos e-mails\""), "the French version's own words");
        assertTrue(Files.readString(dir.resolve("fr/ropa.html")).contains("<html lang=\"fr\">"));

        PlainPolicy.RecordResult unknown = PlainPolicy.standard().record(work.resolve("policy"), dir.resolve("it"),
                TODAY, java.util.Optional.of("it"));
        assertEquals(1, unknown.check().errors());
        assertTrue(unknown.check().findings().get(0).message().contains("not among the `languages` of site.yaml"));
        assertFalse(Files.exists(dir.resolve("it")));
    }

    @Test
    void aCellASpreadsheetWouldRunIsWrittenAsText() {
        assertEquals("\"'=HYPERLINK(\"\"https://evil.example\"\")\"", RecordCsv.field("=HYPERLINK(\"https://evil.example\")"));
        assertEquals("\"'@SUM(1)\"", RecordCsv.field("@SUM(1)"));
        assertEquals("\"a \"\"quoted\"\" word\"", RecordCsv.field("a \"quoted\" word"));
        assertEquals("\"Plain text\"", RecordCsv.field("Plain text"));
    }

    @Test
    void policyTextOnThePageIsEscapedNotMarkup(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/ropa-cases/complete/policy"), dir.resolve("policy"));
        Path file = policy.resolve("versions/2019-03-01.en.yaml");
        Files.writeString(file, Files.readString(file).replace("name: Run your account",
                "name: Run <b onmouseover=alert(1)>your</b> account"));
        PlainPolicy.RecordResult result = PlainPolicy.standard().record(policy, dir.resolve("ropa"), TODAY);
        assertEquals(3, result.written().size(), () -> result.check().findings().toString());
        String html = Files.readString(dir.resolve("ropa/ropa.html"));
        assertTrue(html.contains("Run &lt;b onmouseover=alert(1)&gt;your&lt;/b&gt; account"), html);
        assertFalse(html.contains("<b onmouseover"));
    }

    @Test
    void theRecordIsNeverWrittenIntoASiteOrThePolicy(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/ropa-cases/complete/policy"), dir.resolve("policy"));
        PlainPolicy tool = PlainPolicy.standard();
        tool.build(policy, dir.resolve("site"), TODAY);
        SiteWriteException inSite = assertThrows(SiteWriteException.class,
                () -> tool.record(policy, dir.resolve("site/records"), TODAY));
        assertTrue(inSite.getMessage().contains("published"), inSite.getMessage());
        assertThrows(SiteWriteException.class, () -> tool.record(policy, dir.resolve("site"), TODAY));
        SiteWriteException inPolicy = assertThrows(SiteWriteException.class,
                () -> tool.record(policy, policy.resolve("ropa"), TODAY));
        assertTrue(inPolicy.getMessage().contains("the record must be written outside it"), inPolicy.getMessage());
        assertFalse(Files.exists(dir.resolve("site/records")));
        assertFalse(Files.exists(policy.resolve("ropa")));
    }

    @Test
    void itWritesThroughNoLinkAndLeavesOtherFilesAlone(@TempDir Path dir) throws Exception {
        Path policy = TestFiles.copy(Path.of("src/test/resources/ropa-cases/complete/policy"), dir.resolve("policy"));
        Path out = Files.createDirectories(dir.resolve("ropa"));
        Files.writeString(out.resolve("notes.txt"), "the DPO's own notes");
        assertEquals(3, PlainPolicy.standard().record(policy, out, TODAY).written().size());
        assertEquals("the DPO's own notes", Files.readString(out.resolve("notes.txt")));
        try (var left = Files.list(out)) {
            assertEquals(List.of("notes.txt", "ropa.csv", "ropa.html", "ropa.xlsx"),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }

        Path elsewhere = Files.writeString(dir.resolve("elsewhere.csv"), "not the tool's");
        Files.delete(out.resolve("ropa.csv"));
        Files.createSymbolicLink(out.resolve("ropa.csv"), elsewhere);
        SiteWriteException link = assertThrows(SiteWriteException.class,
                () -> PlainPolicy.standard().record(policy, out, TODAY));
        assertTrue(link.getMessage().contains("symbolic link"), link.getMessage());
        assertEquals("not the tool's", Files.readString(elsewhere));
    }
}

package org.plainpolicy.ropa;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The record as CSV (RFC 4180): UTF-8 with a byte order mark, so that a spreadsheet opened by a
 * double click reads the accents right; CRLF between records; every field quoted. A cell that a
 * spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a carriage return) gets
 * a leading apostrophe, as OWASP advises, so that opening the file runs nothing the policy says.
 */
final class RecordCsv {

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private RecordCsv() {
    }

    static byte[] of(ProcessingRecord record) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, record.columns().stream().map(ProcessingRecord.Column::headingWithArticle).toList());
        record.rows().forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(RecordCsv::field).collect(Collectors.joining(","))).append(CRLF);
    }

    static String field(String cell) {
        String text = cell.replace("\r\n", "\n");
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}

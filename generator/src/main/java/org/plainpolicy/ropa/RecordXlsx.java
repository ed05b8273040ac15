package org.plainpolicy.ropa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The record as an Excel workbook (fastexcel): one sheet, the headings bold and frozen, with a
 * filter, each cell wrapped. fastexcel stamps the workbook with the time it was written, and the
 * zip with the time of each entry; both are set to the version's date, so the same policy gives
 * the same bytes.
 */
final class RecordXlsx {

    private static final Pattern CREATED = Pattern.compile(
            "(<dcterms:created xsi:type=\"dcterms:W3CDTF\">)[^<]*(</dcterms:created>)");
    private static final int WIDE = 48;
    private static final int NARROW = 24;

    private RecordXlsx() {
    }

    static byte[] of(ProcessingRecord record, LocalDate stamped) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Plain Policy", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(record.title()));
            for (int c = 0; c < record.columns().size(); c++) {
                sheet.value(0, c, record.columns().get(c).headingWithArticle());
                sheet.width(c, c < 2 || c > 6 ? WIDE : NARROW);
            }
            sheet.range(0, 0, 0, record.columns().size() - 1).style().bold().wrapText(true).fillColor("DDEBF7").set();
            for (int r = 0; r < record.rows().size(); r++) {
                var row = record.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r + 1, c, row.get(c));
                }
            }
            if (!record.rows().isEmpty()) {
                sheet.range(1, 0, record.rows().size(), record.columns().size() - 1).style().wrapText(true)
                        .verticalAlignment("top").set();
            }
            sheet.freezePane(1, 1);
            sheet.setAutoFilter(0, 0, record.columns().size() - 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stable(bytes.toByteArray(), stamped);
    }

    /** A sheet's name may have at most 31 characters and none of : \ / ? * [ ]. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31).strip() : name;
    }

    /**
     * The workbook again, with the given day as its creation time and as the time of each zip entry.
     * Read through the zip's central directory: fastexcel's entries give their sizes only after
     * their data, which a zip stream read from the start cannot follow.
     */
    static byte[] stable(byte[] xlsx, LocalDate stamped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        Path written = null;
        try {
            written = Files.createTempFile("plainpolicy-ropa", ".xlsx");
            Files.write(written, xlsx);
            try (ZipFile in = new ZipFile(written.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry : Collections.list(in.entries())) {
                    byte[] content;
                    try (InputStream data = in.getInputStream(entry)) {
                        content = data.readAllBytes();
                    }
                    if (entry.getName().equals("docProps/core.xml")) {
                        content = CREATED.matcher(new String(content, StandardCharsets.UTF_8))
                                .replaceFirst("$1" + stamped + "T00:00:00Z$2").getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    // The local form: DOS time has no zone, and setTime would read it in the machine's own.
                    copy.setTimeLocal(stamped.atStartOfDay());
                    zip.putNextEntry(copy);
                    zip.write(content);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (written != null) {
                try {
                    Files.deleteIfExists(written);
                } catch (IOException e) {
                    // A temporary file the system cleans up in time; the record is made all the same.
                }
            }
        }
        return out.toByteArray();
    }
}

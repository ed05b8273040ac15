package org.plainpolicy.ropa;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plainpolicy.SiteWriteException;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.render.Messages;
import org.plainpolicy.render.Theme;

/**
 * The record of processing activities of a version (GDPR Art. 30(1)), made from its model and
 * written as {@value #CSV}, {@value #XLSX} and {@value #HTML}. The page of the record goes through
 * the theme ({@code ropa.html.vm}), escaped as every page is.
 */
public final class RecordOfProcessing {

    public static final String CSV = "ropa.csv";
    public static final String XLSX = "ropa.xlsx";
    public static final String HTML = "ropa.html";
    private static final String TEMPLATE = "ropa.html.vm";

    private RecordOfProcessing() {
    }

    /** The record of {@code version}, in the words of {@code msg}, its language's messages. */
    public static ProcessingRecord of(PolicyVersion version, Messages msg) {
        return RecordBuilder.of(version, msg);
    }

    /** The three files of {@code record}, by name, each the same bytes for the same record. */
    public static Map<String, byte[]> files(ProcessingRecord record, PolicyVersion version, Theme theme,
                                            Messages msg) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(CSV, RecordCsv.of(record));
        files.put(XLSX, RecordXlsx.of(record, version.effective()));
        files.put(HTML, msg.typography().markup(theme.document(HTML, TEMPLATE, Map.of("record", record, "msg", msg)))
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /**
     * The real directory for the record, checked before anything is read: outside the policy
     * directory and outside any site, not a symbolic link.
     */
    public static Path location(Path output, Path policyDirectory) throws SiteWriteException {
        return RecordFiles.location(output, policyDirectory);
    }

    /** Writes {@code files} into {@code directory} (from {@link #location}), each replaced whole. */
    public static List<Path> write(Path directory, Map<String, byte[]> files) throws SiteWriteException {
        return RecordFiles.write(directory, files);
    }
}

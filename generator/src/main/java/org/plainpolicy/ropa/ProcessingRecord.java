package org.plainpolicy.ropa;

import java.util.List;

/**
 * The record of processing activities (GDPR Art. 30(1)) of one version, in one language, as a
 * table of plain text: one row per purpose, with the columns of Art. 30(1)(a) to (g) and of the
 * CNIL's and the ICO's templates. The same table goes into every format, so the CSV, the workbook
 * and the printable page cannot say different things.
 *
 * @param organisation who is responsible (controller, representative, DPO): label and text, for the
 *                     printable page's head; the table repeats it in each row
 */
public record ProcessingRecord(String language, String title, String intro, String versionId,
                               List<Entry> organisation, List<Column> columns, List<List<String>> rows) {

    public ProcessingRecord {
        organisation = List.copyOf(organisation);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The columns of the printable page: those that are the same in every row (the controller, its
     * representative, the DPO) are left out there, since the page says them once, at its head.
     */
    public List<Column> pageColumns() {
        return columns.stream().filter(c -> !c.organisation()).toList();
    }

    /** The rows of the printable page, with the cells of {@link #pageColumns()} only. */
    public List<List<String>> pageRows() {
        return rows.stream().map(row -> java.util.stream.IntStream.range(0, row.size())
                .filter(i -> !columns.get(i).organisation()).mapToObj(row::get).toList()).toList();
    }

    /**
     * A column: its heading, the article that asks for it (empty when none does), and whether it says
     * who is responsible, the same in every row.
     */
    public record Column(String heading, String article, boolean organisation) {

        /** The heading with its article, as the first row of the CSV and the workbook has it. */
        public String headingWithArticle() {
            return article.isEmpty() ? heading : heading + " (" + article + ")";
        }
    }

    /** A labelled piece of the record's head. */
    public record Entry(String label, String text) {
    }
}

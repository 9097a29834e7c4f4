package dev.lede.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * CSV and TSV dumps with a header row: each row an article, its columns found by {@link Columns}. Rows are parsed
 * one at a time (quoted fields may span lines), each up to the per-record limit. A row with the wrong number of
 * fields or an empty text fails alone; text the parser cannot get past (an unclosed quote) ends the file there, the
 * rows before it loaded.
 */
final class CsvArticles {

    private static final long RECORD_LIMIT = CorpusLoader.MAX_FILE_BYTES;

    /** A table without a text column: in a folder it is an index or a spreadsheet beside the articles, not a corpus. */
    static final class NoTextColumn extends NotAnArticle {
        NoTextColumn(String message) {
            super(message);
        }
    }

    private CsvArticles() {
    }

    static void read(Path source, Decoder.Stream text, char delimiter, Columns columns, Numbered out)
            throws IOException, NotAnArticle {
        RecordBudget budget = new RecordBudget(text.reader(), RECORD_LIMIT);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        String kind = delimiter == '\t' ? "TSV" : "CSV";
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(budget).setFormat(format).get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new NotAnArticle("malformed " + kind + " header: " + CorpusLoader.oneLine(e));
        }
        try (parser) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) throw new NotAnArticle(kind + " has no header row");
            int[] at = columns.locate(header);
            for (ArticleField field : ArticleField.values()) {
                if (columns.chosen(field).isPresent() && at[field.ordinal()] < 0) {
                    throw new NotAnArticle(kind + " has no column \"" + columns.chosen(field).get() + "\" (columns: "
                            + String.join(", ", header) + ")");
                }
            }
            if (at[ArticleField.TEXT.ordinal()] < 0) {
                throw new NoTextColumn(kind + " has no text column (looked for " + columns.lookedFor(ArticleField.TEXT)
                        + "; columns: " + String.join(", ", header) + "); name it with --columns text=COLUMN");
            }
            Iterator<CSVRecord> rows = parser.iterator();
            while (true) {
                budget.startRecord();
                CSVRecord row;
                try {
                    if (!rows.hasNext()) break;
                    row = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    Throwable cause = e.getCause() instanceof RecordBudget.RecordTooLarge big ? big : e;
                    out.fail(cause instanceof RecordBudget.RecordTooLarge ? cause.getMessage()
                            : "malformed " + kind + ": " + CorpusLoader.oneLine(cause.getCause() != null ? cause.getCause() : cause)
                            + "; the rest of the file is not read");
                    return;
                }
                CSVRecord read = row;
                String where = " (line " + parser.getCurrentLineNumber() + ")";
                out.add(id -> toDocument(id, source, text.note(), read, where, header.size(), at));
            }
            if (out.count() == 0) throw new NotAnArticle(kind + " has a header but no rows");
        }
    }

    private static Document toDocument(String id, Path source, String note, CSVRecord row, String where, int columns,
            int[] at) throws NotAnArticle {
        if (row.size() != columns) {
            throw new NotAnArticle("row has " + row.size() + " fields, the header " + columns + where);
        }
        String body = field(row, at, ArticleField.TEXT);
        if (body == null) {
            throw new NotAnArticle("empty text" + where);
        }
        Origin origin = new Origin(Dates.iso(field(row, at, ArticleField.DATE)), field(row, at, ArticleField.SOURCE),
                FieldValues.byline(field(row, at, ArticleField.AUTHOR)), field(row, at, ArticleField.URL));
        return PlainText.titled(id, source, field(row, at, ArticleField.TITLE), body, note, origin);
    }

    private static String field(CSVRecord row, int[] at, ArticleField field) {
        int index = at[field.ordinal()];
        if (index < 0 || index >= row.size()) return null;
        String value = row.get(index);
        return value == null || value.isBlank() ? null : value;
    }
}

package com.scoutdesk.service.export;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes RFC 4180 CSV that spreadsheets open safely: comma separated, CRLF line endings, fields quoted with
 * {@code "} only when they contain a comma, quote, CR or LF (or start or end with a space), UTF-8 text.
 *
 * <p>With {@link CsvOptions#neutraliseFormulas()} text cells that a spreadsheet would run as a formula are prefixed
 * with {@code '} (see {@link FormulaGuard}); {@link Number} values are written as they are.
 *
 * <p>Closing the writer closes the stream or writer it writes to. Not thread-safe.
 */
public final class CsvWriter implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setDelimiter(',')
            .setQuote('"')
            .setRecordSeparator(CsvOptions.LINE_SEPARATOR)
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CSVPrinter printer;
    private final boolean neutraliseFormulas;
    private boolean headerWritten;
    private long rowsWritten;
    private boolean closed;

    /** A writer that encodes the CSV as UTF-8 onto {@code out}. */
    public CsvWriter(OutputStream out, CsvOptions options) throws IOException {
        // CSVPrinter appends cell by cell; a buffer in front of the encoder keeps that from costing a call each.
        this(new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8),
                1 << 16), options);
    }

    /**
     * A writer onto {@code out}. The byte order mark, if requested, is written as the character U+FEFF, so
     * {@code out} should encode UTF-8.
     */
    public CsvWriter(Writer out, CsvOptions options) throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        if (options.byteOrderMark()) {
            out.write(BYTE_ORDER_MARK);
        }
        this.printer = new CSVPrinter(out, FORMAT);
        this.neutraliseFormulas = options.neutraliseFormulas();
    }

    /**
     * A writer onto {@code out} that flushes but does not close it when closed: for standard output and other
     * writers the caller keeps using.
     */
    public static CsvWriter keepingOpen(Writer out, CsvOptions options) throws IOException {
        return new CsvWriter(new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        }, options);
    }

    /**
     * Writes the header line. It must come before any row and may be written only once.
     * Header names are neutralised like any other text.
     */
    public void writeHeader(List<String> names) throws IOException {
        Objects.requireNonNull(names, "names");
        ensureOpen();
        if (headerWritten || rowsWritten > 0) {
            throw new IllegalStateException("The header must be written once, before any row");
        }
        printer.printRecord(cells(names));
        headerWritten = true;
    }

    /**
     * Writes one row. A null value becomes an empty cell, a {@link Number} its {@code toString()}, anything else
     * {@link String#valueOf(Object)}.
     */
    public void writeRow(List<?> values) throws IOException {
        Objects.requireNonNull(values, "values");
        ensureOpen();
        printer.printRecord(cells(values));
        rowsWritten++;
    }

    /** The number of rows written with {@link #writeRow}, not counting the header. */
    public long rowsWritten() {
        return rowsWritten;
    }

    /** Flushes buffered text to the underlying stream or writer. */
    public void flush() throws IOException {
        ensureOpen();
        printer.flush();
    }

    /** Flushes and closes the underlying stream or writer. Closing twice has no further effect. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            printer.close(true);
        }
    }

    private List<String> cells(List<?> values) {
        List<String> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(cell(value));
        }
        return cells;
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!neutraliseFormulas || value instanceof Number && FormulaGuard.isNumericLiteral(text)) {
            return text;
        }
        return FormulaGuard.neutralise(text);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("CsvWriter is closed");
        }
    }
}

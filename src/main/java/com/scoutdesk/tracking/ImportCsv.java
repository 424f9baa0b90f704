package com.scoutdesk.tracking;

import com.scoutdesk.model.id.SpotifyRef;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the rows of a CSV import one at a time, and says in the scout's words where the CSV itself is broken. */
final class ImportCsv {

    /** The line commons-csv names in its messages: "(startline 7) EOF reached..." or "... at line: 7, ...". */
    private static final Pattern LINE = Pattern.compile("(?:startline |at line: )(\\d+)");

    private ImportCsv() {
    }

    static void read(Reader in, Optional<SpotifyRef> defaultPlaylist, ManualImport.RowCounter counter,
                     BadLines problems) throws IOException {
        try (CSVParser parser = ManualImport.parser(in)) {
            ManualImport.headerProblems(parser.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                return; // with the wrong columns every row would be read wrongly: say only what to fix first
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long before = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CSVException broken) {
                        throw new ManualImport.InvalidImportException(brokenCsv(broken, before + 1));
                    }
                    throw e;
                }
                counter.line();
                try {
                    counter.good(ManualImport.row(record, defaultPlaylist), !problems.isEmpty());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    problems.add(parser.getCurrentLineNumber(), e.getMessage());
                }
            }
        }
    }

    /** What to do about a CSV the parser cannot read past, with the line where the broken field starts. */
    static String brokenCsv(CSVException e, long fallbackLine) {
        Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
        long line = m.find() ? Long.parseLong(m.group(1)) : fallbackLine;
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "line " + line + " opens a quote (\") that is never closed. Close the quote or remove it, "
                    + "and import again.";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "line " + line + " has text after a closing quote (\"). Inside a quoted field write a quote as "
                    + "two (\"\"), and import again.";
        }
        return "line " + line + " is not valid CSV (" + message + ").";
    }
}

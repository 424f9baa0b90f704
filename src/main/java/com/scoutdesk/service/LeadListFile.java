package com.scoutdesk.service;

import com.scoutdesk.service.export.FormulaGuard;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An edited lead list as read: its rows keyed by Spotify track id with the cells an import edits, and the rows that
 * could not be read, by line. Opaque to the front ends, which only hand it back with its preview.
 */
public final class LeadListFile {

    /** The columns an import applies; every other column is read past. */
    static final List<ExportColumn> EDITABLE = List.of(ExportColumn.STAGE, ExportColumn.NOTES, ExportColumn.TAGS,
            ExportColumn.CONTACT_NAME, ExportColumn.CONTACT_EMAIL, ExportColumn.CONTACT_INSTAGRAM);

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /**
     * One readable row.
     *
     * @param cells the editable cells the file has, as the scout left them (a formula guard's ' taken off)
     */
    record Row(int line, String spotifyId, LeadCheck check, Map<ExportColumn, String> cells) {
    }

    private final List<Row> rows;
    private final List<LeadListProblem> bad;
    private final List<String> ignored;

    private LeadListFile(List<Row> rows, List<LeadListProblem> bad, List<String> ignored) {
        this.rows = List.copyOf(rows);
        this.bad = List.copyOf(bad);
        this.ignored = List.copyOf(ignored);
    }

    List<Row> rows() {
        return rows;
    }

    List<LeadListProblem> badRows() {
        return bad;
    }

    List<String> ignoredColumns() {
        return ignored;
    }

    /**
     * Reads the text of a lead list (a byte order mark is skipped).
     *
     * @throws InvalidInputException when the file is not a lead list ScoutDesk wrote: no header, or no Spotify track
     *                               id or lead check column
     */
    static LeadListFile read(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw notALeadList("The file is empty.");
            }
            return read(body, records);
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            java.util.regex.Matcher start = java.util.regex.Pattern.compile("startline (\\d+)")
                    .matcher(String.valueOf(e.getMessage()));
            throw notALeadList(start.find() ? "A quoted cell that starts on line " + start.group(1) + " is never "
                    + "closed: add the missing double quote (\") at its end." : "It cannot be read as CSV.");
        }
    }

    private static LeadListFile read(String body, List<CSVRecord> records) {
        CSVRecord header = records.get(0);
        Map<ExportColumn, Integer> at = new EnumMap<>(ExportColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = FormulaGuard.restore(header.get(i)).strip();
            Optional<ExportColumn> column = byHeader(name);
            if (column.isPresent() && (EDITABLE.contains(column.get()) || column.get() == ExportColumn.SPOTIFY_ID
                    || column.get() == ExportColumn.LEAD_CHECK)) {
                at.putIfAbsent(column.get(), i);
            } else if (!name.isEmpty()) {
                ignored.add(name);
            }
        }
        if (!at.containsKey(ExportColumn.SPOTIFY_ID) || !at.containsKey(ExportColumn.LEAD_CHECK)) {
            throw notALeadList("Its first line needs the columns \"" + ExportColumn.SPOTIFY_ID.header() + "\" and \""
                    + ExportColumn.LEAD_CHECK.header() + "\", which say which lead a row is and what it held at the "
                    + "export.");
        }
        Lines lines = new Lines(body);
        List<Row> rows = new ArrayList<>();
        List<LeadListProblem> bad = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            int line = lines.of(r.getCharacterPosition());
            if (blank(r)) {
                continue;
            }
            int idAt = at.get(ExportColumn.SPOTIFY_ID);
            String id = r.size() > idAt ? r.get(idAt).strip() : "";
            if (r.size() != header.size()) {
                bad.add(new LeadListProblem(line, id, "The row has " + r.size() + " cells where the header has "
                        + header.size() + ": a cell with a comma that lost its quotes? Put such a cell in double "
                        + "quotes, or export the lead list again."));
            } else if (id.isEmpty()) {
                bad.add(new LeadListProblem(line, id, "The row has no Spotify track id: put back the id it was "
                        + "exported with."));
            } else if (seen.containsKey(id)) {
                bad.add(new LeadListProblem(line, id, "The track " + id + " is also on line " + seen.get(id)
                        + ": keep one row per track."));
            } else {
                seen.put(id, line);
                Optional<LeadCheck> check = LeadCheck.parse(r.get(at.get(ExportColumn.LEAD_CHECK)));
                if (check.isEmpty()) {
                    bad.add(new LeadListProblem(line, id, "The \"" + ExportColumn.LEAD_CHECK.header() + "\" cell was "
                            + "changed, so what changed since the export cannot be told: put back the exported "
                            + "value, or export the lead list again."));
                } else {
                    Map<ExportColumn, String> cells = new EnumMap<>(ExportColumn.class);
                    for (ExportColumn c : EDITABLE) {
                        if (at.containsKey(c)) {
                            cells.put(c, FormulaGuard.restore(r.get(at.get(c))));
                        }
                    }
                    rows.add(new Row(line, id, check.get(), cells));
                }
            }
        }
        return new LeadListFile(rows, bad, ignored);
    }

    private static boolean blank(CSVRecord r) {
        return r.stream().allMatch(String::isBlank);
    }

    private static Optional<ExportColumn> byHeader(String name) {
        for (ExportColumn c : ExportColumn.values()) {
            if (c.header().equalsIgnoreCase(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static InvalidInputException notALeadList(String why) {
        return new InvalidInputException(InvalidInputException.IMPORT_FILE, "This is not a lead list ScoutDesk can "
                + "read back. " + why + " Export a lead list with the Spotify track id and lead check columns, edit "
                + "it, and import that file.", null);
    }

    /** Line numbers of character positions; a quoted cell may span several lines, so records are not lines. */
    private static final class Lines {
        private final String text;
        private long scanned;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        /** The line a position is on; positions must come in ascending order. */
        int of(long position) {
            for (; scanned < position && scanned < text.length(); scanned++) {
                if (text.charAt((int) scanned) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    @Override
    public String toString() {
        return "LeadListFile[" + rows.size() + " rows, " + bad.size() + " bad]";
    }
}

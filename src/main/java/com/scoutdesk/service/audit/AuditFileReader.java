package com.scoutdesk.service.audit;

import com.scoutdesk.model.id.InvalidIdentifierException;
import com.scoutdesk.model.id.Isrc;
import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an audit file and checks each row on its own (header, numbers, id and ISRC syntax, duplicates). Whether the
 * tracks exist in this workspace is checked by {@link SpotifyMetadataAudit}, which has the database.
 */
final class AuditFileReader {

    static final String TRACK_ID = "track_id";
    static final String SPOTIFY_ID = "spotify_id";
    static final String POPULARITY = "spotify_popularity";
    static final String ISRC = "isrc";
    static final List<String> COLUMNS = List.of(TRACK_ID, SPOTIFY_ID, POPULARITY, ISRC);

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");
    private static final String KEEP = "or leave the cell empty to keep the stored value";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** The rows that passed and the problems found, each problem starting with {@code line N:}. */
    record Result(List<AuditRow> rows, List<String> problems) {
    }

    private final List<AuditRow> rows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<Long, Long> lineOfTrack = new HashMap<>();
    private Map<String, Integer> index;

    private AuditFileReader() {
    }

    static Result read(Reader in) throws IOException {
        AuditFileReader reader = new AuditFileReader();
        reader.parse(in);
        return new Result(List.copyOf(reader.rows), List.copyOf(reader.problems));
    }

    private void parse(Reader in) throws IOException {
        try (CSVParser parser = FORMAT.parse(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            long line = 0;
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    line = parser.getCurrentLineNumber();
                    if (index == null) {
                        if (!header(record)) {
                            return;
                        }
                    } else {
                        row(line, record);
                    }
                }
            } catch (UncheckedIOException e) {
                problems.add("line " + (line + 1) + ": the CSV cannot be read from here on ("
                        + e.getCause().getMessage() + "); check for a stray double quote, or save the sheet again "
                        + "as CSV");
                return;
            }
        }
        if (index == null) {
            problems.add("line 1: the file is empty; apply " + InvalidAuditFileException.FETCHED_FILE);
        } else if (rows.isEmpty() && problems.isEmpty()) {
            problems.add("line 2: the file has a header but no rows; there is nothing to apply");
        }
    }

    /** @return whether the header is usable; if not, the problem is recorded and the rows are not read. */
    private boolean header(CSVRecord record) {
        Map<String, Integer> found = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name) || found.put(name, i) != null) {
                wrong.add("'" + record.get(i) + "'");
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !found.containsKey(c)).toList();
        if (!wrong.isEmpty() || !missing.isEmpty()) {
            problems.add("line 1: the header must name the columns " + String.join(",", COLUMNS) + " once each"
                    + (wrong.isEmpty() ? "" : "; unknown or repeated: " + String.join(", ", wrong))
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                    + "; start from " + InvalidAuditFileException.FETCHED_FILE);
            return false;
        }
        index = found;
        return true;
    }

    private void row(long line, CSVRecord record) {
        String at = "line " + line + ": ";
        if (record.size() != index.size()) {
            problems.add(at + "the row has " + record.size() + " cells but the header has " + index.size()
                    + "; give every row exactly the four columns (empty cells are fine)");
            return;
        }
        int before = problems.size();
        Long trackId = trackId(at, cell(record, TRACK_ID));
        String spotifyId = spotifyId(at, cell(record, SPOTIFY_ID));
        Integer popularity = popularity(at, cell(record, POPULARITY));
        String isrc = isrc(at, cell(record, ISRC));
        if (trackId != null) {
            Long first = lineOfTrack.putIfAbsent(trackId, line);
            if (first != null) {
                problems.add(at + "track " + trackId + " is already on line " + first + "; keep one row per track");
            }
        }
        if (problems.size() == before) {
            rows.add(new AuditRow(line, trackId, spotifyId, popularity, isrc));
        }
    }

    private String cell(CSVRecord record, String column) {
        return record.get(index.get(column)).strip();
    }

    private Long trackId(String at, String text) {
        if (WHOLE_NUMBER.matcher(text).matches()) {
            return Long.valueOf(text);
        }
        problems.add(at + (text.isEmpty() ? "track_id is empty" : "track_id '" + text + "' is not a track number")
                + "; copy the track_id from " + InvalidAuditFileException.FETCHED_FILE);
        return null;
    }

    private String spotifyId(String at, String text) {
        if (text.isEmpty()) {
            problems.add(at + "spotify_id is empty; it must be the track's Spotify id, as fetch wrote it");
            return null;
        }
        try {
            return new SpotifyRef(SpotifyKind.TRACK, text).id();
        } catch (InvalidIdentifierException e) {
            problems.add(at + "spotify_id '" + text + "' is not a Spotify track id (22 letters and digits); "
                    + "copy it back from the file that fetch wrote");
            return null;
        }
    }

    private Integer popularity(String at, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.matches("\\d{1,3}") && Integer.parseInt(text) <= 100) {
            return Integer.valueOf(text);
        }
        problems.add(at + "spotify_popularity '" + text + "' is not a whole number from 0 to 100; write one, " + KEEP);
        return null;
    }

    private String isrc(String at, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Isrc.parse(text).value();
        } catch (InvalidIdentifierException e) {
            String problem = e.problem();
            problems.add(at + "isrc '" + text + "' is not a valid ISRC: "
                    + problem.substring(0, problem.length() - 1) + "; correct it, " + KEEP);
            return null;
        }
    }
}

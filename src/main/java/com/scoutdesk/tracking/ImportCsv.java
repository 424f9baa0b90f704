package com.scoutdesk.tracking;

import com.scoutdesk.model.id.Isrc;
import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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
                    counter.good(row(record, defaultPlaylist), !problems.isEmpty());
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

    /** One CSV record as a checked row; throws, saying what to do, when a value is wrong. */
    static ManualImport.Row row(CSVRecord r, Optional<SpotifyRef> defaultPlaylist) {
        String playlistText = get(r, "playlist");
        SpotifyRef playlist = playlistText == null
                ? defaultPlaylist.orElseThrow(() -> new IllegalArgumentException(
                        "no playlist: fill the 'playlist' column or " + ManualImport.NEEDS_PLAYLIST))
                : SpotifyRef.parse(playlistText, SpotifyKind.PLAYLIST);
        String trackText = get(r, "track");
        if (trackText == null) {
            throw new IllegalArgumentException("the 'track' column is empty");
        }
        SpotifyRef track = SpotifyRef.parse(trackText, SpotifyKind.TRACK);
        String isrc = get(r, "isrc");
        String artists = get(r, "artists");
        String position = get(r, "position");
        Integer pos = null;
        if (position != null) {
            try {
                pos = Integer.valueOf(position);
            } catch (NumberFormatException e) {
                pos = -1;
            }
            if (pos < 1) {
                throw new IllegalArgumentException("position '" + position + "' is not a whole number from 1 up");
            }
        }
        return new ManualImport.Row(playlist, track.id(), pos, instant(get(r, "added_at")), get(r, "name"),
                artists == null ? null : artistNames(artists), isrc == null ? null : Isrc.parse(isrc).value());
    }

    /** Artists as the catalogue stores them: the names the file separates by ";", joined by ", ". */
    private static String artistNames(String artists) {
        return String.join(", ", Arrays.stream(artists.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .toList());
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("added_at '" + text + "' is not a date (2026-11-20) or a date-time "
                    + "(2026-11-20T10:00:00Z)");
        }
    }

    private static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column).strip();
        return v.isEmpty() ? null : v;
    }
}

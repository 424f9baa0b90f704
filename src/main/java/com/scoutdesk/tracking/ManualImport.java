package com.scoutdesk.tracking;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedArtist;
import com.scoutdesk.model.fetch.FetchedItem;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import com.scoutdesk.model.fetch.FetchedTrack;
import com.scoutdesk.model.id.Isrc;
import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a manual playlist import: either a CSV file with a header, or pasted Spotify track links one per line.
 * Every row is checked before anything is used; one bad row rejects the whole input with its line number, so a
 * half-imported playlist never happens.
 *
 * <p>CSV columns (header names, any order, case-insensitive): {@code track} (required: link, URI or id),
 * {@code playlist} (link or id; required unless a playlist is given for the whole file), {@code position},
 * {@code added_at} (ISO date or date-time), {@code name}, {@code artists} (separated by ";"), {@code isrc}.
 */
public final class ManualImport {

    static final List<String> COLUMNS = List.of("track", "playlist", "position", "added_at", "name", "artists",
            "isrc");

    private ManualImport() {
    }

    /** A rejected import: every problem with its line number. */
    public static final class InvalidImportException extends IllegalArgumentException {
        private final List<String> problems;

        InvalidImportException(List<String> problems) {
            super("Nothing was imported; fix these lines and import again:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * @param defaultPlaylist the playlist for rows that name none
     * @param complete        whether the input is the whole playlist (then drops are counted)
     */
    public static Map<SpotifyRef, FetchedPlaylist> parse(String text, Optional<SpotifyRef> defaultPlaylist,
                                                         boolean complete) throws IOException {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        boolean csv = Arrays.stream(firstLine.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .anyMatch("track"::equals);
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (csv) {
            readCsv(new StringReader(text), defaultPlaylist, rows, problems);
        } else {
            readLinks(text, defaultPlaylist, rows, problems);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add("the input holds no tracks");
        }
        if (!problems.isEmpty()) {
            throw new InvalidImportException(problems);
        }
        Map<SpotifyRef, List<Row>> byPlaylist = new LinkedHashMap<>();
        rows.forEach(r -> byPlaylist.computeIfAbsent(r.playlist, k -> new ArrayList<>()).add(r));
        Map<SpotifyRef, FetchedPlaylist> out = new LinkedHashMap<>();
        byPlaylist.forEach((playlist, list) -> {
            List<FetchedItem> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Row r = list.get(i);
                items.add(new FetchedItem(r.position == null ? i + 1 : r.position, r.track, r.addedAt));
            }
            out.put(playlist, new FetchedPlaylist(null, items, complete ? items.size() : -1, 0, 0, complete,
                    FetchMethod.MANUAL));
        });
        return out;
    }

    private record Row(SpotifyRef playlist, FetchedTrack track, Integer position, Instant addedAt) {
    }

    private static void readLinks(String text, Optional<SpotifyRef> playlist, List<Row> rows, List<String> problems) {
        List<String> lines = text.lines().toList();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "line " + (n + 1) + ": ";
            if (playlist.isEmpty()) {
                problems.add(where + "pasted links need the playlist they belong to: give --playlist");
                return;
            }
            try {
                rows.add(new Row(playlist.get(), track(SpotifyRef.parse(line, SpotifyKind.TRACK), null, null, null),
                        null, null));
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage());
            }
        }
    }

    private static void readCsv(Reader in, Optional<SpotifyRef> defaultPlaylist, List<Row> rows,
                                List<String> problems) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(in)) {
            for (String header : parser.getHeaderNames()) {
                if (!COLUMNS.contains(header.toLowerCase(Locale.ROOT))) {
                    problems.add("line 1: unknown column '" + header + "'. Columns: " + String.join(", ", COLUMNS));
                }
            }
            for (CSVRecord record : parser) {
                String where = "line " + parser.getCurrentLineNumber() + ": ";
                try {
                    rows.add(row(record, defaultPlaylist));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    problems.add(where + e.getMessage());
                }
            }
        }
    }

    private static Row row(CSVRecord r, Optional<SpotifyRef> defaultPlaylist) {
        String playlistText = get(r, "playlist");
        SpotifyRef playlist = playlistText == null
                ? defaultPlaylist.orElseThrow(() -> new IllegalArgumentException(
                        "no playlist: fill the 'playlist' column or give --playlist"))
                : SpotifyRef.parse(playlistText, SpotifyKind.PLAYLIST);
        String trackText = get(r, "track");
        if (trackText == null) {
            throw new IllegalArgumentException("the 'track' column is empty");
        }
        SpotifyRef track = SpotifyRef.parse(trackText, SpotifyKind.TRACK);
        String isrc = get(r, "isrc");
        String artists = get(r, "artists");
        FetchedTrack t = track(track, get(r, "name"), artists, isrc == null ? null : Isrc.parse(isrc).value());
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
        return new Row(playlist, t, pos, instant(get(r, "added_at")));
    }

    private static FetchedTrack track(SpotifyRef ref, String name, String artists, String isrc) {
        List<FetchedArtist> list = artists == null ? List.of() : Arrays.stream(artists.split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(a -> new FetchedArtist(null, a)).toList();
        return new FetchedTrack(ref.id(), name, list, null, isrc, null, null, null, null);
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

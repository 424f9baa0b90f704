package com.scoutdesk.tracking;

import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a manual playlist import: either a CSV file with a header, or Spotify track links one per line. It streams:
 * each checked row goes to a sink and is forgotten, so the file is read once to check every line and once more to
 * write (see {@link PlaylistImporter}). One bad line rejects the whole input with its line number, unless the
 * scout chose to import the good rows alone ({@link #scan} with {@code keepGood}); either way one parser reads it.
 *
 * <p>CSV columns (header names, any order, case-insensitive): {@code track} (required: link, URI or id),
 * {@code playlist} (link or id; required unless a playlist is given for the whole file), {@code position},
 * {@code added_at} (ISO date or date-time), {@code name}, {@code artists} (separated by ";"), {@code isrc}.
 */
public final class ManualImport {

    static final List<String> COLUMNS = List.of("track", "playlist", "position", "added_at", "name", "artists",
            "isrc");
    private static final int PROBLEMS_SHOWN = 20;

    private ManualImport() {
    }

    /** What a line needs that no row gave: the front end says how to name one playlist for the whole import. */
    static final String NEEDS_PLAYLIST = "name the playlist for the whole import";

    /** A rejected import: what is wrong with the file, or every bad line with its number. Nothing was written. */
    public static final class InvalidImportException extends IllegalArgumentException {
        private final List<String> problems;
        private final boolean tooManyRows;

        /** Something wrong with the whole file (missing, empty, not UTF-8). */
        InvalidImportException(String problem) {
            this(problem, false);
        }

        private InvalidImportException(String problem, boolean tooManyRows) {
            super("Nothing was imported: " + problem);
            this.problems = List.of(problem);
            this.tooManyRows = tooManyRows;
        }

        InvalidImportException(List<String> problems) {
            super("Nothing was imported; fix these lines and import again:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", problems));
            this.problems = List.copyOf(problems);
            this.tooManyRows = false;
        }

        public List<String> problems() {
            return problems;
        }

        /** Whether the file has more rows than the import's limit: a higher limit, not a fix, lets it in. */
        public boolean tooManyRows() {
            return tooManyRows;
        }

        /** Whether some line names no playlist, so naming one for the whole import would let it in. */
        public boolean needsPlaylist() {
            return problems.stream().anyMatch(p -> p.endsWith(NEEDS_PLAYLIST));
        }
    }

    /** One checked row. */
    record Row(SpotifyRef playlist, String trackId, Integer position, Instant addedAt, String name, String artists,
               String isrc) {
    }

    /**
     * Reads every line, handing each good row to {@code sink}; throws when any line is bad, after reading them all.
     *
     * @param maxRows  more rows than this reject the file at once
     * @param progress told the rows read so far, every {@link PlaylistImporter#PROGRESS_EVERY} rows and at the end
     * @return the number of rows of each playlist, in the order the playlists first appear
     */
    static Map<SpotifyRef, Long> read(ImportSource source, Optional<SpotifyRef> defaultPlaylist, long maxRows,
                                      Consumer<Row> sink, LongConsumer progress) {
        Scan scan = scan(source, defaultPlaylist, maxRows, false, sink, progress);
        BadLines bad = scan.bad();
        if (scan.counts().isEmpty() && bad.isEmpty()) {
            throw new InvalidImportException(List.of("the input holds no tracks"));
        }
        if (!bad.isEmpty()) {
            List<String> problems = new ArrayList<>(bad.kept().stream().limit(PROBLEMS_SHOWN).map(BadLine::toString)
                    .toList());
            if (bad.count() > PROBLEMS_SHOWN) {
                problems.add("... and " + (bad.count() - PROBLEMS_SHOWN) + " more lines");
            }
            throw new InvalidImportException(problems);
        }
        return scan.counts();
    }

    /** What one pass over an import found: the good rows of each playlist, and the bad lines. */
    record Scan(Map<SpotifyRef, Long> counts, BadLines bad) {
    }

    /**
     * Reads every line, collecting the bad ones with their numbers. Only a problem with the whole input (missing,
     * empty, not UTF-8, broken CSV quoting, too many rows) is thrown.
     *
     * @param keepGood hand good rows to {@code sink} even after a bad line (importing the good rows alone);
     *                 otherwise the sink stops at the first bad line, since the import will be refused
     */
    static Scan scan(ImportSource source, Optional<SpotifyRef> defaultPlaylist, long maxRows, boolean keepGood,
                     Consumer<Row> sink, LongConsumer progress) {
        RowCounter counter = new RowCounter(source.name(), maxRows, keepGood, sink, progress);
        BadLines problems = new BadLines();
        try {
            boolean csv = isCsv(source);
            try (Reader in = new StrictUtf8Reader(source.open())) {
                if (csv) {
                    ImportCsv.read(in, defaultPlaylist, counter, problems);
                } else {
                    readLinks(in, defaultPlaylist, counter, problems);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        } catch (StrictUtf8Reader.NotUtf8Exception e) {
            throw new InvalidImportException("line " + e.line() + " of " + source.name() + " is not UTF-8 text. "
                    + "Open it in a spreadsheet or text editor, save it as UTF-8 (Excel: \"CSV UTF-8\") and import "
                    + "again.");
        } catch (StrictUtf8Reader.LineTooLongException e) {
            throw new InvalidImportException(e.getMessage() + " in " + source.name() + ": give a CSV or a text file "
                    + "of track links.");
        } catch (IOException e) {
            throw new InvalidImportException("could not read " + source.name() + " (" + e.getMessage() + ").");
        }
        progress.accept(counter.rows);
        return new Scan(counter.counts, problems);
    }

    /** Whether the first line that is not blank is a CSV header naming the track column. */
    private static boolean isCsv(ImportSource source) throws IOException {
        try (BufferedReader in = new BufferedReader(new StrictUtf8Reader(source.open()))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    return Arrays.stream(line.split(",")).map(s -> s.strip().replace("\"", "")
                            .toLowerCase(Locale.ROOT)).anyMatch("track"::equals);
                }
            }
        }
        throw new InvalidImportException(source.name() + " is empty: give a CSV file with a header line (track, "
                + "playlist, position, ...) or a text file of track links, one per line.");
    }

    /** Counts rows, per playlist and in all, refusing more than the limit, and passes good rows on. */
    static final class RowCounter {
        private final String name;
        private final long maxRows;
        private final boolean keepGood;
        private final Consumer<Row> sink;
        private final LongConsumer progress;
        final Map<SpotifyRef, Long> counts = new LinkedHashMap<>();
        long rows;

        RowCounter(String name, long maxRows, boolean keepGood, Consumer<Row> sink, LongConsumer progress) {
            this.name = name;
            this.maxRows = maxRows;
            this.keepGood = keepGood;
            this.sink = sink;
            this.progress = progress;
        }

        /** A line that holds a row, good or bad. */
        void line() {
            rows++;
            if (rows > maxRows) {
                throw new InvalidImportException(String.format(Locale.ROOT, "%s has more than %,d rows, the limit "
                        + "for one import.", name, maxRows), true);
            }
            if (rows % PlaylistImporter.PROGRESS_EVERY == 0) {
                progress.accept(rows);
            }
        }

        void good(Row row, boolean anyProblem) {
            counts.merge(row.playlist(), 1L, Long::sum);
            if (keepGood || !anyProblem) {
                sink.accept(row);
            }
        }
    }

    private static void readLinks(Reader reader, Optional<SpotifyRef> playlist, RowCounter counter,
                                  BadLines problems) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String raw;
        long n = 0;
        while ((raw = in.readLine()) != null) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            counter.line();
            if (playlist.isEmpty()) {
                problems.add(n, "pasted links need the playlist they belong to: " + NEEDS_PLAYLIST);
                return;
            }
            try {
                counter.good(new Row(playlist.get(), SpotifyRef.parse(line, SpotifyKind.TRACK).id(), null, null,
                        null, null, null), !problems.isEmpty());
            } catch (IllegalArgumentException e) {
                problems.add(n, e.getMessage());
            }
        }
    }

    /** The CSV format: header names checked here, rows read by {@link ImportCsv}. */
    static CSVParser parser(Reader in) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreEmptyLines(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get().parse(in);
    }

    /** Adds the header's problems, on line 1: unknown and repeated columns. */
    static void headerProblems(List<String> headers, BadLines problems) {
        Set<String> seen = new HashSet<>();
        for (String header : headers) {
            String name = header.toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(1, "unknown column '" + header + "'. Columns: " + String.join(", ", COLUMNS));
            } else if (!seen.add(name)) {
                problems.add(1, "the column '" + name + "' appears twice; keep one of them.");
            }
        }
    }
}

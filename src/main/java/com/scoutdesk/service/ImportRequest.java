package com.scoutdesk.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Tracks to import by hand from a file, or from text pasted into the window: a CSV file or Spotify track links, one
 * per line.
 *
 * @param file     the file, read twice (every line is checked before anything is written); null for pasted text
 * @param name     how messages name the file, e.g. its path, or "standard input" for a spooled copy
 * @param playlist the playlist (link or id) for rows that name none
 * @param complete the file is the whole playlist: the tracks missing from it count as dropped
 * @param week     a day in the tracking week the import belongs to (default: the current week)
 * @param maxRows  more rows than this reject the file
 * @param text     the pasted text read instead of a file, or null
 */
public record ImportRequest(Path file, String name, Optional<String> playlist, boolean complete,
                            Optional<LocalDate> week, long maxRows, String text) {

    /** Tracks from a file. */
    public ImportRequest(Path file, String name, Optional<String> playlist, boolean complete,
                         Optional<LocalDate> week, long maxRows) {
        this(file, name, playlist, complete, week, maxRows, null);
    }

    /** Links or CSV text pasted into the window, for the current week, all of it for {@code playlist}. */
    public static ImportRequest pasted(String text, Optional<String> playlist) {
        return new ImportRequest(null, "the pasted text", playlist, false, Optional.empty(), DEFAULT_MAX_ROWS, text);
    }

    /** The most rows an import takes unless the scout raises the limit. */
    public static final long DEFAULT_MAX_ROWS = 1_000_000;
}

package com.scoutdesk.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one CSV row is written from.
 *
 * @param appearance  the weekly appearance, in per-appearance exports; null in a lead list
 * @param songwriters the track's songwriters joined with "; ", or null (also when the column was not chosen)
 * @param tags        the track's tags joined with "; ", or null
 */
record ExportRow(TrackRow track, Appearance appearance, String songwriters, String tags) {

    /** The per-appearance part of an entry row. */
    record Appearance(LocalDate week, String playlist, Integer position, Instant addedAt) {
    }
}

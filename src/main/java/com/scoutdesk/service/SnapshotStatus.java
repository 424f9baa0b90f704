package com.scoutdesk.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The weekly performance snapshot as both front ends show it: on or off, when it last ran and runs next, and what
 * the newest week holds.
 *
 * @param nextRun     right after the weekly refresh's next run (it starts when the refresh has finished)
 * @param latestWeek  the newest week with a snapshot; empty before the first
 * @param tracks      rows in that week
 * @param streamsStale rows whose play count could not be refreshed that week (carried over, no change)
 * @param viewsStale  rows whose YouTube views could not be refreshed that week
 */
public record SnapshotStatus(boolean enabled, Optional<Instant> lastRun, Instant nextRun,
                             Optional<LocalDate> latestWeek, long tracks, long streamsStale, long viewsStale) {
}

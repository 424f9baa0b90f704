package com.scoutdesk.performance;

import com.scoutdesk.model.Week;

/**
 * What one week's snapshot wrote: a row per track, how many of its numbers were refreshed that week and how many
 * are stale (their refresh failed, so the last known value was carried over without a change), how many changes were
 * measured over a gap, and how many contacts' aggregates were written.
 */
public record WeekSummary(Week week, int tracks, int streamsFresh, int streamsStale, int viewsFresh, int viewsStale,
                          int gaps, int contacts) {
}

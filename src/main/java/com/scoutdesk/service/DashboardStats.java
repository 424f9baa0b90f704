package com.scoutdesk.service;

/**
 * The four metric cards of the dashboard, for the tracks a filter matches.
 *
 * @param averageScore   mean unsigned score of the scored tracks; {@code null} when none is scored yet
 * @param enrichedShare  share (0..1) of tracks that have an ISRC, credits and a known publisher status
 */
public record DashboardStats(long totalTracks, long highPriorityLeads, Double averageScore, long scoredTracks,
                             double enrichedShare) {

    /** Leads at or above this score count as high priority. */
    public static final double HIGH_PRIORITY_SCORE = 7.0;
}

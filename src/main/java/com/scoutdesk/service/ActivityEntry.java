package com.scoutdesk.service;

import java.time.Instant;

/**
 * One line of the activity log with what it is about, as the Activity page lists it: the track and the playlist by
 * id (to open them) and by name (to read them).
 *
 * @param trackId    the track the line is about, or null
 * @param playlistId the playlist the line is about, or null
 * @param tier       the enrichment tier's number for a tier's outcome, else null
 */
public record ActivityEntry(long id, Instant occurredAt, String actor, String kind, Long trackId, String trackName,
                            Long playlistId, String playlistName, Integer tier, String outcome, String message) {
}

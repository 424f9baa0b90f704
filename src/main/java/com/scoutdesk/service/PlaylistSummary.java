package com.scoutdesk.service;

import com.scoutdesk.model.PlaylistStatus;
import java.time.Instant;

/** A tracked playlist with its health, for the Playlists view and {@code playlists list}. */
public record PlaylistSummary(long id, String spotifyId, String name, String curator, boolean editorial,
                              Long followers, long weeksTracked, long tracksLatestWeek, Instant lastGoodFetchAt,
                              PlaylistStatus status) {
}

package com.scoutdesk.service;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.PlaylistStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A tracked playlist with its health, for the Playlists view and {@code playlists list}.
 *
 * @param lastRead     items the latest fetch read (including skipped ones), or null before the first fetch
 * @param lastExpected items the source said the playlist had at the latest fetch, or null when it did not say
 * @param lastError    what went wrong at the latest fetch, or null when it went well
 * @param lastSource   which source served the latest fetch (API, web player, import), or null when none did or
 *                     before the first fetch: the scout's first clue when a playlist's coverage drops
 * @param imageUrl     the playlist's cover image, or null when the source gave none (the cards show a placeholder)
 */
public record PlaylistSummary(long id, String spotifyId, String name, String curator, boolean editorial,
                              Long followers, long weeksTracked, long tracksLatestWeek, Instant lastGoodFetchAt,
                              PlaylistStatus status, Integer lastRead, Integer lastExpected, String lastError,
                              FetchMethod lastSource, String imageUrl) {

    /** Share of the playlist the latest fetch read (0..1), or null when unknown. */
    public Double coverage() {
        return lastRead == null || lastExpected == null || lastExpected == 0 ? null
                : Math.min(1.0, lastRead / (double) lastExpected);
    }

    /** Whole weeks since the last good fetch, or null when there never was one. */
    public Long weeksStale(Instant now) {
        return lastGoodFetchAt == null ? null : Duration.between(lastGoodFetchAt, now).toDays() / 7;
    }
}

package com.scoutdesk.service.trends;

import java.time.LocalDate;

/**
 * A track added to or dropped from a playlist between the playlist's previous fetched week and the week shown.
 *
 * @param previousWeek the playlist's last week with entries before the week shown
 */
public record PlaylistChange(long playlistId, String playlist, LocalDate previousWeek, Kind kind, long trackId,
                             String title, String artists) {

    /** Added: on the playlist this week, not in its previous week. Dropped: the reverse. */
    public enum Kind {
        ADDED, DROPPED
    }
}

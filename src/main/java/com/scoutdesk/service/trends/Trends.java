package com.scoutdesk.service.trends;

import java.time.LocalDate;
import java.util.List;

/**
 * The trends of one week, overall or on one playlist.
 *
 * @param week        the week shown; null when the workspace has neither snapshots nor playlist entries
 * @param playlistId  the playlist the figures are limited to; null for all playlists
 * @param movers      the biggest week-over-week gains, best first (at most the number asked for); stale values are
 *                    never ranked
 * @param staleTracks tracks whose streams and views were both stale this week: left out of the movers
 * @param newThisWeek tracks whose first playlist appearance is this week, by title
 * @param changes     adds and drops per playlist, by playlist, adds first, then by title
 * @param counts      adds and drops per playlist, by playlist name; playlists without a previous week are left out
 */
public record Trends(LocalDate week, Long playlistId, List<Mover> movers, int staleTracks, List<NewTrack> newThisWeek,
                     List<PlaylistChange> changes, List<PlaylistChangeCount> counts) {

    public Trends {
        movers = List.copyOf(movers);
        newThisWeek = List.copyOf(newThisWeek);
        changes = List.copyOf(changes);
        counts = List.copyOf(counts);
    }

    /** Nothing to show: no week has data yet. */
    public static Trends empty(Long playlistId) {
        return new Trends(null, playlistId, List.of(), 0, List.of(), List.of(), List.of());
    }

    public int adds() {
        return counts.stream().mapToInt(PlaylistChangeCount::adds).sum();
    }

    public int drops() {
        return counts.stream().mapToInt(PlaylistChangeCount::drops).sum();
    }
}

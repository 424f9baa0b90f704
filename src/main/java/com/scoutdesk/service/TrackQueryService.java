package com.scoutdesk.service;

import com.scoutdesk.model.Week;
import java.util.List;

/** Read-only queries behind the dashboard and the {@code tracks} command; all filtering happens in the database. */
public interface TrackQueryService {

    /** Tracks matching the filter, best score first (unscored last), ties by id. */
    default TrackPage find(TrackFilter filter, int offset, int limit) {
        return find(filter, TrackSort.DEFAULT, offset, limit);
    }

    /**
     * A window of the tracks matching the filter in the given order, with the total they number: sorting, counts and
     * selection cover the whole result. Rows carry their tier states.
     */
    TrackPage find(TrackFilter filter, TrackSort sort, int offset, int limit);

    /** The ids of every track matching the filter, in that order: "select all" of the whole result. */
    List<Long> ids(TrackFilter filter, TrackSort sort);

    /** How many tracks matching the filter stand in each lead stage (every stage present, 0 when none). */
    java.util.Map<com.scoutdesk.model.LeadStage, Long> countByStage(TrackFilter filter);

    DashboardStats stats(TrackFilter filter);

    /** Tracking weeks that have entries, newest first. */
    List<Week> weeks();

    List<PlaylistOption> playlists();

    List<String> tags();

    /** The stored track with this Spotify id, if any. */
    java.util.Optional<Long> idOf(String spotifyId);
}

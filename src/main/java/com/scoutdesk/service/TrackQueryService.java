package com.scoutdesk.service;

import com.scoutdesk.model.Week;
import java.util.List;

/** Read-only queries behind the dashboard and the {@code tracks} command; all filtering happens in the database. */
public interface TrackQueryService {

    /** Tracks matching the filter, best score first (unscored last), ties by id. */
    TrackPage find(TrackFilter filter, int offset, int limit);

    DashboardStats stats(TrackFilter filter);

    /** Tracking weeks that have entries, newest first. */
    List<Week> weeks();

    List<PlaylistOption> playlists();

    List<String> tags();

    /** The stored track with this Spotify id, if any. */
    java.util.Optional<Long> idOf(String spotifyId);
}

package com.scoutdesk.service;

import java.util.List;

/** What the workspace holds beyond tracks: playlists with their health, the activity log, overall counts. */
public interface WorkspaceQueryService {

    WorkspaceSummary summary();

    /**
     * Whether the workspace holds the bundled sample: {@code summary().sample()} without counting every table,
     * for the window's title, which asks after each change.
     */
    boolean holdsSample();

    List<PlaylistSummary> playlists();

    List<ActivityRow> recentActivity(int limit);
}

package com.scoutdesk.service;

import java.util.List;

/** What the workspace holds beyond tracks: playlists with their health, the activity log, overall counts. */
public interface WorkspaceQueryService {

    WorkspaceSummary summary();

    List<PlaylistSummary> playlists();

    List<ActivityRow> recentActivity(int limit);
}

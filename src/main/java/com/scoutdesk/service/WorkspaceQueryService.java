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

    /** The newest {@code limit} lines of the activity log, for callers that want no filter. */
    List<ActivityRow> recentActivity(int limit);

    /** The newest {@code limit} lines that match {@code filter}, newest first, with how many match in all. */
    ActivityPage activity(ActivityFilter filter, int limit);

    /** The kinds, outcomes, tiers and playlists the activity log holds, for the Activity page's filter pickers. */
    ActivityChoices activityChoices();
}

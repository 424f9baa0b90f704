package com.scoutdesk.ui.fakes;

import com.scoutdesk.service.ActivityRow;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.WorkspaceQueryService;
import com.scoutdesk.service.WorkspaceSummary;
import java.util.List;

/** Answers with whatever the test put in its fields. */
public final class FakeWorkspaceQueryService implements WorkspaceQueryService {

    public volatile boolean sample;
    public volatile List<PlaylistSummary> playlists = List.of();
    public volatile List<ActivityRow> activity = List.of();
    public volatile int lastActivityLimit;

    @Override
    public WorkspaceSummary summary() {
        return new WorkspaceSummary(playlists.size(), 0, 0, 0, 0, 0, 0, 0, 0, activity.size(), sample);
    }

    @Override
    public boolean holdsSample() {
        return sample;
    }

    @Override
    public List<PlaylistSummary> playlists() {
        return playlists;
    }

    @Override
    public List<ActivityRow> recentActivity(int limit) {
        lastActivityLimit = limit;
        return activity;
    }
}

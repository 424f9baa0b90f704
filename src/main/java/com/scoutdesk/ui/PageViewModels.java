package com.scoutdesk.ui;

import com.scoutdesk.ui.activity.ActivityViewModel;
import com.scoutdesk.ui.dashboard.DashboardViewModel;
import com.scoutdesk.ui.playlists.PlaylistsViewModel;

/** The view models that need an open workspace, created together once the services are there. */
public record PageViewModels(DashboardViewModel dashboard, PlaylistsViewModel playlists,
                             ActivityViewModel activity) {

    void start() {
        dashboard.start();
        playlists.refresh();
        activity.refresh();
    }

    void dispose() {
        dashboard.dispose();
        playlists.dispose();
        activity.dispose();
    }
}

package com.scoutdesk.ui;

import com.scoutdesk.ui.activity.ActivityViewModel;
import com.scoutdesk.ui.dashboard.DashboardViewModel;
import com.scoutdesk.ui.playlists.PlaylistsViewModel;
import com.scoutdesk.ui.triage.TriageViewModel;

/**
 * The view models that need an open workspace, created together once the services are there.
 *
 * @param triage the views, drawer and lead commands over the dashboard; null when the services carry no track use
 *               cases (view tests on fake queries), and the dashboard is then the plain filterable table
 */
public record PageViewModels(DashboardViewModel dashboard, TriageViewModel triage, PlaylistsViewModel playlists,
                             ActivityViewModel activity) {

    void start() {
        if (triage != null) {
            triage.restore();
        }
        dashboard.start();
        playlists.refresh();
        activity.refresh();
    }

    void dispose() {
        dashboard.dispose();
        if (triage != null) {
            triage.dispose();
        }
        playlists.dispose();
        activity.dispose();
    }
}

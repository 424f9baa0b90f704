package com.scoutdesk.ui;

import com.scoutdesk.ui.activity.ActivityViewModel;
import com.scoutdesk.ui.dashboard.DashboardViewModel;
import com.scoutdesk.ui.playlists.PlaylistsViewModel;
import com.scoutdesk.ui.progress.EnrichmentProgressViewModel;
import com.scoutdesk.ui.trends.TrendsViewModel;
import com.scoutdesk.ui.triage.TriageViewModel;

/**
 * The view models that need an open workspace, created together once the services are there.
 *
 * @param triage   the views, drawer and lead commands over the dashboard; null when the services carry no track
 *                 use cases (view tests on fake queries), and the dashboard is then the plain filterable table
 * @param progress the live enrichment bar; null when the services carry no enrichment (the same view tests)
 * @param trends   the Trends page; null when the services carry no trends (the same view tests)
 */
public record PageViewModels(DashboardViewModel dashboard, TriageViewModel triage,
                             EnrichmentProgressViewModel progress, PlaylistsViewModel playlists,
                             ActivityViewModel activity, TrendsViewModel trends) {

    void start() {
        if (triage != null) {
            triage.restore();
        }
        dashboard.start();
    }

    /**
     * Reads what {@code page} shows. The Playlists and Activity pages read when first shown and again when shown
     * after a change, never at start-up: their queries (a grouped scan of every weekly entry) would take the
     * background threads and a core while the scout waits for the dashboard.
     */
    void read(Page page) {
        switch (page) {
            case PLAYLISTS -> playlists.refresh();
            case ACTIVITY -> activity.refresh();
            case TRENDS -> {
                if (trends != null) {
                    trends.refresh();
                }
            }
            default -> { }
        }
    }

    void dispose() {
        dashboard.dispose();
        if (triage != null) {
            triage.dispose();
        }
        if (progress != null) {
            progress.dispose();
        }
        playlists.dispose();
        activity.dispose();
        if (trends != null) {
            trends.dispose();
        }
    }
}

package com.scoutdesk.ui.dashboard;

import com.scoutdesk.service.TrackRow;
import java.util.List;

/** The four rows the dashboard tests assert against, shared with the window tests. */
public final class DashboardViewModelTestData {

    public static final List<TrackRow> ROWS = DashboardViewModelTest.ROWS;

    private DashboardViewModelTestData() {
    }
}

package com.scoutdesk.app;

import com.scoutdesk.scheduling.WeeklyRefresh;
import com.scoutdesk.service.RefreshSettings;
import java.time.Instant;

/** The scheduler's weekly refresh, seen through the settings the window offers. */
final class WeeklyRefreshSettings implements RefreshSettings {

    private final WeeklyRefresh refresh;

    WeeklyRefreshSettings(WeeklyRefresh refresh) {
        this.refresh = refresh;
    }

    @Override
    public boolean isWeeklyRefreshEnabled() {
        return refresh.isEnabled();
    }

    @Override
    public void setWeeklyRefreshEnabled(boolean enabled) {
        refresh.setEnabled(enabled);
    }

    @Override
    public String describe() {
        var s = refresh.schedule();
        return "Every " + s.day() + " at " + s.timeUtc() + " UTC · last run "
                + refresh.lastRun().map(WeeklyRefreshSettings::time).orElse("never")
                + (refresh.isEnabled() ? " · next " + time(refresh.nextRun()) + " (a missed run catches up when "
                + "the app next starts)" : "");
    }

    private static String time(Instant t) {
        return t.toString().substring(0, 16).replace('T', ' ');
    }
}

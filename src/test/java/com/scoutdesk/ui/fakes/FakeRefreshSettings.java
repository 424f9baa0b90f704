package com.scoutdesk.ui.fakes;

import com.scoutdesk.service.RefreshSettings;

/** The weekly refresh switch, kept in memory; counts the saves. */
public final class FakeRefreshSettings implements RefreshSettings {

    public boolean enabled = true;
    public int saves;

    @Override
    public boolean isWeeklyRefreshEnabled() {
        return enabled;
    }

    @Override
    public void setWeeklyRefreshEnabled(boolean value) {
        enabled = value;
        saves++;
    }

    @Override
    public String describe() {
        return "Every FRIDAY at 10:00 UTC · " + (enabled ? "on" : "off");
    }
}

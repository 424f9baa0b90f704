package com.scoutdesk.ui;

/** The views the left navigation switches between, in the order of their Ctrl+1..5 shortcuts. */
public enum Page {
    DASHBOARD, PLAYLISTS, ACTIVITY, TRENDS, SETTINGS
}

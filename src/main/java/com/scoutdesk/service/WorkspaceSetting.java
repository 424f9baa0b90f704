package com.scoutdesk.service;

/**
 * The scoutdesk.properties keys the Settings page edits. Named as the file and the environment name them (the
 * configuration's own key list lives in the composition root, which checks values by the same rules).
 */
public enum WorkspaceSetting {
    CHROMIUM_PATH,
    WEB_PLAYER_PAGES,
    MUSICBRAINZ_CONTACT,
    REFRESH_DAY,
    REFRESH_TIME;

    /** The most web-player pages the Settings page offers: each costs the browser memory, and Spotify notices. */
    public static final int MAX_WEB_PLAYER_PAGES = 6;
}

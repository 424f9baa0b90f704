package com.scoutdesk.integration.common;

/** An external source, named as the scout sees it in messages. */
public enum Provider {
    SPOTIFY_API("Spotify Web API"),
    SPOTIFY_WEB_PLAYER("Spotify web player");

    private final String displayName;

    Provider(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}

package com.scoutdesk.integration.common;

/** An external source, named as the scout sees it in messages, and how ScoutDesk introduces itself to it. */
public enum Provider {
    SPOTIFY_API("Spotify Web API"),
    SPOTIFY_WEB_PLAYER("Spotify web player"),
    MLC("The MLC"),
    MUSICBRAINZ("MusicBrainz"),
    CHARTMETRIC("Chartmetric"),
    YOUTUBE("YouTube Data API");

    private static final String USER_AGENT = "ScoutDesk/" + version() + " ( https://github.com/scoutdesk/scoutdesk )";

    private final String displayName;

    Provider(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * The User-Agent sent with every request: name, version and a contact, the form MusicBrainz requires ("Java..."
     * agents are throttled as anonymous there) and the others accept. The web player is the exception: the browser
     * keeps its own, since the page is read as a browser reads it.
     */
    public String userAgent() {
        return USER_AGENT;
    }

    private static String version() {
        String v = Provider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

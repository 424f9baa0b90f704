package com.scoutdesk.integration.common;

/** An external source, named as the scout sees it in messages, and how ScoutDesk introduces itself to it. */
public enum Provider {
    SPOTIFY_API("Spotify Web API"),
    SPOTIFY_WEB_PLAYER("Spotify web player"),
    MLC("The MLC"),
    MUSICBRAINZ("MusicBrainz"),
    CHARTMETRIC("Chartmetric"),
    YOUTUBE("YouTube Data API"),
    /** Spotify's image hosts (i.scdn.co, mosaic.scdn.co): album art and playlist covers. */
    SPOTIFY_IMAGES("Spotify image server"),
    /** An OpenAI-compatible chat endpoint the scout set (a local Ollama, say): writes outreach briefs. */
    LANGUAGE_MODEL("Language model");

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

    /**
     * The User-Agent with the scout's own contact (MUSICBRAINZ_CONTACT): MusicBrainz asks for a way to reach whoever
     * runs the client, so its client sends this instead of {@link #userAgent()}.
     */
    public static String userAgent(String contact) {
        return contact == null || contact.isBlank() ? USER_AGENT : "ScoutDesk/" + version() + " ( " + contact.strip()
                + " )";
    }

    /**
     * Whether an answer with this status means "slow down" rather than "broken": 429 everywhere, and 503 from
     * MusicBrainz, whose rate limiter declines with 503 (retrying those at once would only prolong the block).
     */
    public boolean isRateLimitStatus(int status) {
        return status == 429 || (status == 503 && this == MUSICBRAINZ);
    }

    private static String version() {
        String v = Provider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

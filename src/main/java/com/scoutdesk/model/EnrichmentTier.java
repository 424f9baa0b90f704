package com.scoutdesk.model;

/**
 * The enrichment tiers, with their stable numbers (architecture page). A new track gets a pending run for each; a
 * tier whose provider is not configured keeps its runs pending and is shown as "not configured".
 */
public enum EnrichmentTier {
    ISRC(0, "ISRC recovery"),
    SPOTIFY_METADATA(1, "Spotify metadata"),
    WEB_PLAYER_CREDITS(2, "Web player credits and play count"),
    MLC_PUBLISHER(3, "The MLC publisher status"),
    MUSICBRAINZ(4, "MusicBrainz songwriters and socials"),
    CHARTMETRIC(5, "Chartmetric analytics"),
    YOUTUBE(6, "YouTube views");

    private final int number;
    private final String title;

    EnrichmentTier(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }
}

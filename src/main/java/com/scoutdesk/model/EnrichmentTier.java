package com.scoutdesk.model;

/**
 * The enrichment tiers that exist so far, with their stable numbers (ARCHITECTURE.md). A new track gets a pending
 * run for each; later tiers are added here when they are built.
 */
public enum EnrichmentTier {
    ISRC(0, "ISRC recovery"),
    SPOTIFY_METADATA(1, "Spotify metadata"),
    WEB_PLAYER_CREDITS(2, "Web player credits and play count");

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

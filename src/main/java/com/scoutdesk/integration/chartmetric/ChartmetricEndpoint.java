package com.scoutdesk.integration.chartmetric;

import java.net.URI;

/**
 * The kinds of Chartmetric request ScoutDesk sends: the names its request counts use, and the unit a plan may refuse
 * (plans differ in which endpoints they serve, so "not on this plan" is remembered per kind).
 */
public enum ChartmetricEndpoint {
    TOKEN("token"),
    TRACK_IDS("track ids"),
    TRACK("track metadata"),
    SPOTIFY_STATS("spotify stream stats"),
    YOUTUBE_STATS("youtube view stats");

    private final String label;

    ChartmetricEndpoint(String label) {
        this.label = label;
    }

    /** How messages, request counts and {@code NotOnPlanException#endpoint()} name it. */
    public String label() {
        return label;
    }

    /** The capability name under which a plan's refusal is remembered in the workspace. */
    String capability() {
        return "chartmetric." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kind of a request URL, for {@code ProviderHttp}'s counts by endpoint. */
    static String of(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.endsWith("/api/token")) {
            return TOKEN.label;
        }
        if (path.contains("/api/track/isrc/")) {
            return TRACK_IDS.label;
        }
        if (path.contains("/spotify/stats/")) {
            return SPOTIFY_STATS.label;
        }
        if (path.contains("/youtube/stats/")) {
            return YOUTUBE_STATS.label;
        }
        return path.contains("/api/track/") ? TRACK.label : "other";
    }

    /** The kind with this label, or null. */
    static ChartmetricEndpoint byLabel(String label) {
        for (ChartmetricEndpoint endpoint : values()) {
            if (endpoint.label.equals(label)) {
                return endpoint;
            }
        }
        return null;
    }
}

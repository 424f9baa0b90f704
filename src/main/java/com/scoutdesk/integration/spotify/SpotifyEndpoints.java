package com.scoutdesk.integration.spotify;

import java.net.URI;

/**
 * Names the Spotify endpoint a request goes to, for per-endpoint request counts: "tracks" for {@code /v1/tracks/{id}},
 * "several-tracks" for {@code /v1/tracks?ids=}, "playlists-items" for {@code /v1/playlists/{id}/items}, "token" for
 * the accounts service. The base URL may put a prefix before {@code /v1/}.
 */
final class SpotifyEndpoints {

    private SpotifyEndpoints() {
    }

    static String of(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.endsWith("/api/token")) {
            return "token";
        }
        int v1 = path.indexOf("/v1/");
        if (v1 < 0) {
            return "other";
        }
        String[] segments = path.substring(v1 + 4).split("/");
        String first = segments[0];
        if (segments.length == 1) {
            // A bare collection is a batch look-up (?ids=) for the kinds that have one.
            return first.equals("tracks") || first.equals("artists") || first.equals("albums") ? "several-" + first
                    : first;
        }
        return segments.length == 2 ? first : first + "-" + segments[2];
    }
}

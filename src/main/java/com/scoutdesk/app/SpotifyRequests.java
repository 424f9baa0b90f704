package com.scoutdesk.app;

import com.scoutdesk.bench.SpotifyRequestCounter;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import java.util.Map;

/** The Web API client's request and cache counts, as the enrichment benchmark reads them. */
final class SpotifyRequests implements SpotifyRequestCounter {

    private final SpotifyApiClient spotify;

    SpotifyRequests(SpotifyApiClient spotify) {
        this.spotify = spotify;
    }

    @Override
    public long requestsSent() {
        return spotify.requestCount();
    }

    @Override
    public Map<String, Long> requestsByKind() {
        return spotify.requestCounts();
    }

    @Override
    public long cacheHits() {
        return spotify.cache().stats().hitCount();
    }
}

package com.scoutdesk.enrichment.stages;

import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.integration.common.CapabilityStore;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API batch look-ups tiers 0 and 1 share, and whether this app may use them: when Spotify answers one with
 * 403/404 (gone for development-mode apps since February 2026) it is switched off for a day, as tracking does, and
 * both tiers fall back to single look-ups until it is tried again.
 */
final class SpotifyCapabilities {

    static final String SEVERAL_TRACKS = "spotify-api.several-tracks";
    static final String SEVERAL_ARTISTS = "spotify-api.several-artists";
    static final String SEVERAL_ALBUMS = "spotify-api.several-albums";
    static final String AUDIO_FEATURES = "spotify-api.audio-features";
    static final Duration RECHECK = Duration.ofDays(1);
    /** Tracks (and artists) a batch request; Spotify's limit. */
    static final int TRACK_BATCH = 50;

    private static final Logger LOG = LoggerFactory.getLogger(SpotifyCapabilities.class);

    private final CapabilityStore store;
    private final Clock clock;

    SpotifyCapabilities(CapabilityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    boolean on(String capability) {
        return store.offUntil(capability).map(until -> !clock.instant().isBefore(until)).orElse(true);
    }

    void switchOff(String capability, UnavailableException e) {
        LOG.info("Spotify refused {} (HTTP {}); using what this app may use for a day", capability, e.httpStatus());
        store.switchOff(capability, clock.instant().plus(RECHECK), e.getMessage());
    }

    /**
     * A tier's batch size, the tracks one stage call takes: 50 while the batch track look-up works, else 1 (every track
     * costs its own requests anyway). The pipeline still claims and commits 200 at a time
     * ({@link SpotifyApiStage#claimSize()}), and a rate limit part-way defers only the tracks not yet asked about.
     */
    int trackBatchSize() {
        return on(SEVERAL_TRACKS) ? TRACK_BATCH : 1;
    }
}

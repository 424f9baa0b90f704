package com.scoutdesk.enrichment.stages;

import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.integration.spotify.SpotifyApiClient;

/**
 * A stage that asks the Spotify Web API. Such stages share one lane, so they run in tier order and a later tier finds
 * what an earlier one read in the client's cache, and they work on several batches at once so that latency does not
 * stretch a run; the client's rolling-window limit caps their requests together.
 */
interface SpotifyApiStage extends EnrichmentStage {

    @Override
    default String lane() {
        return SpotifyApiClient.LANE;
    }

    @Override
    default int concurrency() {
        return SpotifyApiClient.CONCURRENT_BATCHES;
    }

    /**
     * 50 runs a claim and a commit, batch look-ups or not: with single look-ups (a development-mode app) a claim of
     * one cost three transactions a track.
     */
    @Override
    default int claimSize() {
        return SpotifyCapabilities.TRACK_BATCH;
    }
}

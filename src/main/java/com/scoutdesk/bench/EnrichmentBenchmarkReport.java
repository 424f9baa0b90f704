package com.scoutdesk.bench;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.service.EnrichmentReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What {@code scoutdesk bench enrich} measured over one pass of the pipeline.
 *
 * @param tracks         synthetic tracks queued
 * @param tiers          the tiers queued for each of them
 * @param runs           run outcomes of the pass
 * @param requests       HTTP requests the Spotify client sent during the pass (token, retries and 429s included)
 * @param requestsByKind the same by kind (track, several tracks, ...); empty when the client does not count them
 * @param cacheHits      look-ups answered from the client's response cache, which cost no request
 * @param perWindow      R: requests the client allows itself per rolling 30 s (SPOTIFY_REQUESTS_PER_30S)
 * @param wallNanos      wall time of the pass
 * @param timings        where the pipeline's time went during the pass
 */
public record EnrichmentBenchmarkReport(int tracks, List<EnrichmentTier> tiers, EnrichmentReport runs, long requests,
                                        Map<String, Long> requestsByKind, long cacheHits, int perWindow,
                                        long wallNanos, PassTimings timings) {

    /** Spotify's rate-limit window. */
    public static final Duration WINDOW = Duration.ofSeconds(30);

    /**
     * The fastest schedule that sends {@code requests} without ever having more than {@code perWindow} in a rolling
     * window: the first {@code perWindow} at once, and request k + R no earlier than one window after request k. The
     * last request then goes out after floor((Q-1)/R) whole windows; with no time spent on anything else, that is
     * the least wall time any client that keeps the limit can reach.
     */
    public static Duration bound(long requests, int perWindow) {
        if (perWindow < 1) {
            throw new IllegalArgumentException("perWindow must be at least 1");
        }
        return requests <= 1 ? Duration.ZERO : WINDOW.multipliedBy((requests - 1) / perWindow);
    }

    /** {@link #bound(long, int)} for the requests this pass sent. */
    public Duration bound() {
        return bound(requests, perWindow);
    }

    public double wallSeconds() {
        return wallNanos / 1e9;
    }

    /** Wall time as a percentage of the bound; empty when the bound is 0 (every request fits in one window). */
    public OptionalDouble wallPercentOfBound() {
        Duration bound = bound();
        return bound.isZero() ? OptionalDouble.empty() : OptionalDouble.of(100.0 * wallNanos / bound.toNanos());
    }

    /** Pipeline overhead (claiming, reading facts, writing values and events, re-scoring) per track, in ms. */
    public double overheadMillisPerTrack() {
        return tracks == 0 ? 0 : timings.overheadNanos() / 1e6 / tracks;
    }
}

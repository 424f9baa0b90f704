package com.scoutdesk.integration.musicbrainz;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;

/**
 * MusicBrainz's rate limiter as a WireMock extension: a request that arrives less than a second after the one before
 * it (answered or declined) is declined with 503 and {@code Retry-After: 1}, as the real one declines everything
 * while a client goes faster than one request a second. Independent of the client's limiter, so it can catch it out.
 */
final class OneRequestPerSecond implements ResponseDefinitionTransformerV2 {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private long last = Long.MIN_VALUE;
    private int declined;
    private int admitted;
    private long closestNanos = Long.MAX_VALUE;

    @Override
    public synchronized ResponseDefinition transform(ServeEvent event) {
        long now = System.nanoTime();
        boolean tooSoon = last != Long.MIN_VALUE && now - last < SECOND;
        if (last != Long.MIN_VALUE) {
            closestNanos = Math.min(closestNanos, now - last);
        }
        last = now;
        if (tooSoon) {
            declined++;
            return MusicBrainzFake.slowDown(1).build();
        }
        admitted++;
        return event.getResponseDefinition();
    }

    @Override
    public String getName() {
        return "musicbrainz-one-request-per-second";
    }

    synchronized int declined() {
        return declined;
    }

    synchronized int admitted() {
        return admitted;
    }

    /** The shortest gap seen between two arrivals. */
    synchronized Duration closestGap() {
        return Duration.ofNanos(closestNanos);
    }
}

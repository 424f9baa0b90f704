package com.scoutdesk.integration.youtube;

import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.RateLimitedException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The client's own ledger of the day's quota, one bucket per kind of call, so that a spent bucket costs no request
 * (Google charges even a refused one) and a restart does not forget what was spent. Google resets quotas at midnight
 * Pacific time, so the day is the Pacific day, DST included. Units are taken before a call is sent, because every
 * request costs at least one, valid or not. Thread-safe.
 */
final class YouTubeQuota {

    /** Quotas reset at midnight here. */
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    /** A daily quota of its own. */
    enum Bucket {
        /** The shared pool: videos.list, 1 unit a call. */
        UNITS("units"),
        /** search.list's own bucket since 2026-06: calls a day, 1 unit each. */
        SEARCH("search");

        final String key;

        Bucket(String key) {
            this.key = key;
        }
    }

    private final QuotaStore store;
    private final Clock clock;
    private final Map<Bucket, Integer> limits;

    YouTubeQuota(QuotaStore store, Clock clock, int dailyUnits, int searchCalls) {
        this.store = store;
        this.clock = clock;
        this.limits = Map.of(Bucket.UNITS, dailyUnits, Bucket.SEARCH, searchCalls);
    }

    /** Takes {@code units} from the bucket, or says until when it is spent without taking any. */
    synchronized void take(Bucket bucket, int units) {
        LocalDate day = today();
        int spent = store.spent(bucket.key, day);
        if (spent + units > limits.get(bucket)) {
            throw exhausted();
        }
        store.record(bucket.key, day, spent + units);
    }

    /** Records units already spent (retried attempts), even past the limit. */
    synchronized void charge(Bucket bucket, int units) {
        LocalDate day = today();
        store.record(bucket.key, day, store.spent(bucket.key, day) + units);
    }

    /** Google said the bucket is spent: believe it until the reset, whatever this ledger counted. */
    synchronized void spendAll(Bucket bucket) {
        LocalDate day = today();
        store.record(bucket.key, day, Math.max(limits.get(bucket), store.spent(bucket.key, day)));
    }

    synchronized int remaining(Bucket bucket) {
        return Math.max(0, limits.get(bucket) - store.spent(bucket.key, today()));
    }

    /** The next midnight in Los Angeles, when every bucket is full again. */
    Instant resetsAt() {
        return today().plusDays(1).atStartOfDay(PACIFIC).toInstant();
    }

    /** The deferral for a spent bucket: until the next reset, never a failure. */
    RateLimitedException exhausted() {
        return new RateLimitedException(Provider.YOUTUBE, resetsAt(), true);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PACIFIC);
    }
}

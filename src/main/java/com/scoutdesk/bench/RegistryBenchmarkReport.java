package com.scoutdesk.bench;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What {@code scoutdesk bench registries} measured over one pass of tiers 3 to 6.
 *
 * @param tracks    synthetic tracks queued
 * @param providers each provider's figures, configured or not
 * @param runs      per tier of a configured provider, its runs by status after the pass
 * @param wallNanos wall time of the pass
 * @param settled   per tier, when its last run outcome was committed, counted from the start of the pass
 */
public record RegistryBenchmarkReport(int tracks, List<Provider> providers,
                                      Map<EnrichmentTier, Map<TierRunStatus, Long>> runs, long wallNanos,
                                      Map<EnrichmentTier, Long> settled) {

    /**
     * One provider's figures.
     *
     * @param requests HTTP requests its client sent in the pass (logins, retries and refused ones included)
     * @param byKind   the same by kind, where the client counts them apart
     */
    public record Provider(String name, EnrichmentTier tier, String url, int perSecond, boolean configured,
                           long requests, Map<String, Long> byKind) {

        /**
         * The least time this provider's requests take at its rate, whatever else happens: the first
         * {@code perSecond} at once, then request k + R one second after request k, so the last one goes out after
         * floor((Q-1)/R) seconds.
         */
        public Duration bound() {
            return !configured || requests <= 1 ? Duration.ZERO : Duration.ofSeconds((requests - 1) / perSecond);
        }
    }

    /** The bound the slowest configured provider sets: no pass can be shorter. */
    public Duration bound() {
        return providers.stream().map(Provider::bound).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** The provider that sets {@link #bound()}, or null when nothing was asked. */
    public Provider slowest() {
        return providers.stream().filter(Provider::configured).filter(p -> !p.bound().isZero())
                .max((a, b) -> a.bound().compareTo(b.bound())).orElse(null);
    }

    /** The providers' bounds added up: what the pass would take if they ran one after another. */
    public Duration sumOfBounds() {
        return providers.stream().map(Provider::bound).reduce(Duration.ZERO, Duration::plus);
    }

    public double wallSeconds() {
        return wallNanos / 1e9;
    }

    /** Wall time as a percentage of {@link #bound()}; empty when the bound is 0. */
    public OptionalDouble wallPercentOfBound() {
        Duration bound = bound();
        return bound.isZero() ? OptionalDouble.empty() : OptionalDouble.of(100.0 * wallNanos / bound.toNanos());
    }

    /** Runs of {@code tier} in {@code status} after the pass. */
    public long runs(EnrichmentTier tier, TierRunStatus status) {
        return runs.getOrDefault(tier, Map.of()).getOrDefault(status, 0L);
    }
}

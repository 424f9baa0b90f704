package com.scoutdesk.bench;

import com.scoutdesk.model.EnrichmentTier;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One registry provider as {@code scoutdesk bench registries} sees it; the composition root makes these over the
 * workspace's clients.
 *
 * @param name      as printed ("MusicBrainz")
 * @param tier      the tier its stage runs
 * @param url       the configured base URL
 * @param perSecond the requests its client allows itself in any rolling second
 * @param requests  its client's request counts, or empty when the provider is not configured
 */
public record RegistryProvider(String name, EnrichmentTier tier, String url, int perSecond,
                               Optional<Counter> requests) {

    /** What the benchmark reads from a provider's client, which counts every request it sends (retries included). */
    public interface Counter {

        long requestsSent();

        /** By kind of request; empty when the client does not count them apart. */
        Map<String, Long> requestsByKind();
    }

    public RegistryProvider {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(requests, "requests");
    }

    public boolean configured() {
        return requests.isPresent();
    }

    /** A counter over a client's accessors. */
    public static Counter counting(LongSupplier sent, Supplier<Map<String, Long>> byKind) {
        return new Counter() {
            @Override
            public long requestsSent() {
                return sent.getAsLong();
            }

            @Override
            public Map<String, Long> requestsByKind() {
                return byKind.get();
            }
        };
    }
}

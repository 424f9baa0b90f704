package com.scoutdesk.integration.chartmetric;

import com.scoutdesk.integration.common.CapabilityStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoint kinds this account's plan refused, so they are not asked on every track: kept in memory and in the
 * workspace ({@link CapabilityStore}) for {@link #RECHECK}, after which the endpoint is tried again (a plan may have
 * been upgraded).
 */
final class PlanLimits {

    /** How long a refusal stands before the endpoint is asked again. */
    static final Duration RECHECK = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(PlanLimits.class);

    private final CapabilityStore store;
    private final Clock clock;
    private final Map<ChartmetricEndpoint, Instant> refused = new EnumMap<>(ChartmetricEndpoint.class);

    PlanLimits(CapabilityStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** When {@code endpoint} may be asked again, if the plan refused it and that still stands. */
    synchronized Optional<Instant> refusedUntil(ChartmetricEndpoint endpoint) {
        Instant until = refused.get(endpoint);
        if (until == null) {
            until = store.offUntil(endpoint.capability()).orElse(null);
            if (until != null) {
                refused.put(endpoint, until);
            }
        }
        return until != null && clock.instant().isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    synchronized Instant remember(ChartmetricEndpoint endpoint, int status) {
        Instant until = clock.instant().plus(RECHECK);
        refused.put(endpoint, until);
        LOG.info("Chartmetric's plan does not serve {} (HTTP {}); not asked again for a day", endpoint.label(), status);
        store.switchOff(endpoint.capability(), until, "not on this Chartmetric plan (HTTP " + status + ")");
        return until;
    }
}

package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.stages.ChartmetricStage;
import com.scoutdesk.integration.chartmetric.ChartmetricClient;
import com.scoutdesk.integration.chartmetric.ChartmetricConfig;
import com.scoutdesk.integration.common.CapabilityStore;
import com.scoutdesk.integration.common.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/** Tier 5, Chartmetric: configured only when CHARTMETRIC_REFRESH_TOKEN is set; otherwise its runs stay pending. */
final class ChartmetricTier {

    private ChartmetricTier() {
    }

    /** The client, aimed at CHARTMETRIC_URL at CHARTMETRIC_REQUESTS_PER_SECOND; empty when not configured. */
    static Optional<ChartmetricClient> client(ScoutDeskConfig config, CapabilityStore capabilities, Clock clock) {
        if (!config.isSet(ConfigKey.CHARTMETRIC_REFRESH_TOKEN)) {
            return Optional.empty();
        }
        ChartmetricConfig cm = ChartmetricConfig.of(config.get(ConfigKey.CHARTMETRIC_REFRESH_TOKEN),
                        config.count(ConfigKey.CHARTMETRIC_REQUESTS_PER_SECOND))
                .withBaseUrl(URI.create(config.get(ConfigKey.CHARTMETRIC_URL)));
        return Optional.of(new ChartmetricClient(cm, capabilities, clock, Sleeper.system()));
    }

    /** The tier's stage, when configured. */
    static Optional<EnrichmentStage> stage(ScoutDeskConfig config, CapabilityStore capabilities, Clock clock) {
        return client(config, capabilities, clock).map(client -> new ChartmetricStage(client, clock));
    }
}

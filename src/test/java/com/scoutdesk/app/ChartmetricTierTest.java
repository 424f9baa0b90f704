package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.app.config.ConfigLoader;
import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.integration.chartmetric.ChartmetricClient;
import com.scoutdesk.integration.common.CapabilityStore;
import com.scoutdesk.model.EnrichmentTier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier 5 is registered only when a refresh token is configured. */
class ChartmetricTierTest {

    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final CapabilityStore NONE = new CapabilityStore() {
        @Override
        public Optional<Instant> offUntil(String capability) {
            return Optional.empty();
        }

        @Override
        public void switchOff(String capability, Instant until, String reason) {
        }
    };

    @Test
    void withoutARefreshTokenTheTierIsNotConfigured() {
        assertThat(ChartmetricTier.stage(ConfigLoader.load(dir, Map.of()), NONE, CLOCK)).isEmpty();
    }

    @Test
    void withARefreshTokenItRunsOneTrackAtATimeInItsOwnLane() {
        EnrichmentStage stage = ChartmetricTier.stage(ConfigLoader.load(dir, Map.of(
                "SCOUTDESK_CHARTMETRIC_REFRESH_TOKEN", "r-token", "SCOUTDESK_CHARTMETRIC_REQUESTS_PER_SECOND", "2")),
                NONE, CLOCK).orElseThrow();

        assertThat(stage.tier()).isEqualTo(EnrichmentTier.CHARTMETRIC);
        assertThat(stage.lane()).isEqualTo(ChartmetricClient.LANE);
        assertThat(stage.batchSize()).isEqualTo(1);
        assertThat(stage.concurrency()).isEqualTo(1);
        assertThat(stage.claimSize()).isEqualTo(5);
    }
}

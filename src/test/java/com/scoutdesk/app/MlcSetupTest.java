package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.app.config.ConfigLoader;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.model.EnrichmentTier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier 3 is registered only with both MLC credentials; without them it shows as "not configured". */
class MlcSetupTest {

    @TempDir
    Path dir;

    List<EnrichmentStage> stages(Map<String, String> environment) {
        ScoutDeskConfig config = ConfigLoader.load(dir, environment);
        return MlcSetup.stages(config, null, Clock.systemUTC());
    }

    @Test
    void noStageWithoutBothCredentials() {
        assertThat(stages(Map.of())).isEmpty();
        assertThat(stages(Map.of("SCOUTDESK_MLC_USERNAME", "scout@example.com"))).isEmpty();
        assertThat(stages(Map.of("SCOUTDESK_MLC_PASSWORD", "secret"))).isEmpty();
    }

    @Test
    void theMlcStageWithThem() {
        List<EnrichmentStage> stages = stages(Map.of("SCOUTDESK_MLC_USERNAME", "scout@example.com",
                "SCOUTDESK_MLC_PASSWORD", "secret", "SCOUTDESK_MLC_REQUESTS_PER_SECOND", "3"));

        assertThat(stages).singleElement().satisfies(stage -> {
            assertThat(stage.tier()).isEqualTo(EnrichmentTier.MLC_PUBLISHER);
            assertThat(stage.lane()).isEqualTo("mlc");
            assertThat(stage.concurrency()).isEqualTo(1);
            assertThat(stage.batchSize()).isEqualTo(1);
            assertThat(stage.claimSize()).isEqualTo(10);
        });
    }
}

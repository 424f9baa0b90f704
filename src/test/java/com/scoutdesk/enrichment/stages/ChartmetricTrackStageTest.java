package com.scoutdesk.enrichment.stages;

import static com.scoutdesk.enrichment.stages.ChartmetricTrackStage.DEVELOPING;
import static com.scoutdesk.enrichment.stages.ChartmetricTrackStage.EMERGING;
import static com.scoutdesk.enrichment.stages.ChartmetricTrackStage.ESTABLISHED;
import static com.scoutdesk.enrichment.stages.ChartmetricTrackStage.GROWING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartmetricTrackStageTest {

    @Test
    void stagesByTotalAndGrowth() {
        assertThat(ChartmetricTrackStage.of(49_999L, 999.9)).isEqualTo(EMERGING);
        assertThat(ChartmetricTrackStage.of(50_000L, 10.0)).isEqualTo(DEVELOPING);
        assertThat(ChartmetricTrackStage.of(44_000L, 1_000.0)).isEqualTo(GROWING);
        assertThat(ChartmetricTrackStage.of(4_999_999L, 40_000.0)).isEqualTo(GROWING);
        assertThat(ChartmetricTrackStage.of(5_000_000L, 40_000.0)).isEqualTo(ESTABLISHED);
        assertThat(ChartmetricTrackStage.of(9_000_000L, -5.0)).isEqualTo(ESTABLISHED);
    }

    @Test
    void unknownGrowthPlacesByTotalAndUnknownTotalGivesNoStage() {
        assertThat(ChartmetricTrackStage.of(1_200L, null)).isEqualTo(EMERGING);
        assertThat(ChartmetricTrackStage.of(600_000L, null)).isEqualTo(DEVELOPING);
        assertThat(ChartmetricTrackStage.of(null, 5_000.0)).isNull();
        assertThat(GROWING.label()).isEqualTo("growing");
    }
}

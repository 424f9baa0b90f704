package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a stored run reads to the scout, with and without the tier's provider configured. */
class TierStateTest {

    private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");
    private static final Instant NEXT = Instant.parse("2026-12-06T08:00:00Z");
    private static final Set<EnrichmentTier> ONLY_SPOTIFY = Set.of(EnrichmentTier.ISRC,
            EnrichmentTier.SPOTIFY_METADATA);

    @Test
    void aWaitingRunOfATierNothingHereRunsIsNotConfiguredNeverPendingForEver() {
        TierState mlc = TierState.of(EnrichmentTier.MLC_PUBLISHER, TierRunStatus.PENDING, null, null, AT,
                ONLY_SPOTIFY);
        TierState deferred = TierState.of(EnrichmentTier.YOUTUBE, TierRunStatus.DEFERRED, "quota", NEXT, AT,
                ONLY_SPOTIFY);

        assertThat(mlc.state()).isEqualTo(TierState.State.NOT_CONFIGURED);
        assertThat(mlc.describe()).isEqualTo("not configured");
        assertThat(deferred.state()).isEqualTo(TierState.State.NOT_CONFIGURED);
    }

    @Test
    void anAnsweredRunKeepsItsAnswerWithItsReasonAndTime() {
        assertThat(TierState.of(EnrichmentTier.ISRC, TierRunStatus.DONE, null, null, AT, ONLY_SPOTIFY).describe())
                .isEqualTo("done");
        assertThat(TierState.of(EnrichmentTier.MLC_PUBLISHER, TierRunStatus.NOT_APPLICABLE, "no ISRC to look up",
                null, AT, Set.of()).describe()).isEqualTo("not applicable: no ISRC to look up");
        assertThat(TierState.of(EnrichmentTier.SPOTIFY_METADATA, TierRunStatus.DEFERRED, "rate limited", NEXT, AT,
                ONLY_SPOTIFY).describe()).isEqualTo("deferred until 2026-12-06T08:00:00Z: rate limited");
        assertThat(TierState.of(EnrichmentTier.ISRC, TierRunStatus.FAILED, "HTTP 500", NEXT, AT, ONLY_SPOTIFY)
                .describe()).isEqualTo("failed, retried after 2026-12-06T08:00:00Z: HTTP 500");
        assertThat(TierState.of(EnrichmentTier.CHARTMETRIC, TierRunStatus.NOT_ON_PLAN, "track stats", NEXT, AT,
                Set.of(EnrichmentTier.CHARTMETRIC)).describe())
                .isEqualTo("not on this plan until 2026-12-06T08:00:00Z: track stats");
    }

    @Test
    void aTierWithoutARunIsPendingWhereConfiguredAndNotConfiguredElsewhere() {
        assertThat(TierState.none(EnrichmentTier.ISRC, ONLY_SPOTIFY).state()).isEqualTo(TierState.State.PENDING);
        assertThat(TierState.none(EnrichmentTier.MUSICBRAINZ, ONLY_SPOTIFY).state())
                .isEqualTo(TierState.State.NOT_CONFIGURED);
    }
}

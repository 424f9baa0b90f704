package com.scoutdesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stream-growth rows: fast growth on a small song is the strongest lead; unknown adds nothing. */
class StreamGrowthRuleTest {

    private final UnsignedScorer scorer = new UnsignedScorer(LabelClassifier.fromClasspath());

    private ScoreResult score(Double perDay, Long streams) {
        return scorer.score(ScoreInputs.builder().streamsPerDay(perDay).spotifyStreams(streams).build());
    }

    private static List<String> rules(ScoreResult result) {
        return result.breakdown().stream().map(Evidence::ruleId).filter(id -> id.startsWith("growth.")).toList();
    }

    @Test
    void fastGrowthOnASmallSongIsAHotLead() {
        ScoreResult result = score(2_000.0, 44_000L);

        assertThat(rules(result)).containsExactly("growth.fastSmall");
        // 5.0 + 1.0 (under 50k streams) + 1.5 (fast growth, small song)
        assertThat(result.score()).isEqualTo(7.5);
        assertThat(result.breakdown()).anyMatch(e -> e.explanation().startsWith("2,000 Spotify streams a day"));
    }

    @Test
    void bandsByGrowthAndSize() {
        assertThat(rules(score(99.9, 10L))).containsExactly("growth.flat");
        assertThat(rules(score(-300.0, null))).containsExactly("growth.flat");
        assertThat(rules(score(100.0, 499_999L))).containsExactly("growth.steadySmall");
        assertThat(rules(score(999.0, 500_000L))).containsExactly("growth.steadyLarge");
        assertThat(rules(score(1_000.0, 499_999L))).containsExactly("growth.fastSmall");
        assertThat(rules(score(25_000.0, 8_000_000L))).containsExactly("growth.fastLarge");
        assertThat(WeightTable.rule("growth.fastLarge").weightTenths()).isNegative();
    }

    @Test
    void unknownGrowthOrUnknownSizeAddsNothingAndIsListedAsMissing() {
        ScoreResult unknown = score(null, 44_000L);
        ScoreResult sizeUnknown = score(5_000.0, null);

        assertThat(rules(unknown)).isEmpty();
        assertThat(unknown.missing()).anyMatch(m -> m.factorId().equals("streamGrowth"));
        assertThat(rules(sizeUnknown)).isEmpty();
        assertThat(sizeUnknown.score()).isEqualTo(5.0);
        assertThat(sizeUnknown.missing()).anyMatch(m -> m.factorId().equals("streamGrowth")
                && m.explanation().contains("total is unknown"));
    }
}

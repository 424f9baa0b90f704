package com.scoutdesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.PublisherStatus;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The breakdown adds up to the score for any inputs: 5,000 generated combinations with a fixed seed. */
class ScoreBreakdownPropertyTest {

    private static final UnsignedScorer SCORER = UnsignedScorer.withDefaultLabels();
    private static final List<String> LABELS = List.of("Columbia Records", "Atlantic Records UK", "The Orchard",
            "AWAL", "DistroKid", "2025 TuneCore", "XL Recordings", "Records DK", "Mara Vell Music", "Self-released",
            "Moonlit Tapes", " ", "(P) 2025 Mara Vell under exclusive license to DistroKid", "Caroline / Domino");
    private static final long[] STREAMS = {0, 49_999, 50_000, 499_999, 500_000, 4_999_999, 5_000_000, 900_000_000};
    private static final Double[] GROWTH = {-50.0, 0.0, 99.9, 100.0, 999.0, 1_000.0, 25_000.0};

    @Test
    void breakdownAlwaysSumsToTheScoreWithinZeroToTen() {
        Random random = new Random(20260311L);
        for (int i = 0; i < 5_000; i++) {
            ScoreInputs inputs = randomInputs(random);
            ScoreResult result = SCORER.score(inputs);

            double sum = result.breakdown().stream().mapToDouble(Evidence::points).sum();
            assertThat(Math.round(sum * 10) / 10.0).as("inputs %s", inputs).isEqualTo(result.score());
            assertThat(Math.abs(sum - result.score())).as("inputs %s", inputs).isLessThan(1e-9);
            assertThat(result.score()).isBetween(0.0, 10.0);
            assertThat(result.score() * 10).isEqualTo(Math.rint(result.score() * 10));
            // Every factor is either evidence or missing, never both and never neither (12 factors besides the
            // baseline and the cap), except the publisher share of a song with no publisher: nothing to read there.
            long factors = result.breakdown().stream()
                    .filter(e -> !e.ruleId().equals("baseline") && !e.ruleId().equals("cap")).count();
            boolean noPublisher = inputs.publisherStatus() == PublisherStatus.UNPUBLISHED
                    || inputs.publisherStatus() == PublisherStatus.NO_PUBLISHER;
            assertThat(factors + result.missing().size()).isEqualTo(noPublisher ? 11 : 12);
            assertThat(ScoreResult.fromJson(result.toJson())).isEqualTo(result);
        }
    }

    private static ScoreInputs randomInputs(Random random) {
        return new ScoreInputs(
                maybe(random, LABELS.get(random.nextInt(LABELS.size()))),
                random.nextBoolean() ? List.of("Mara Vell") : List.of(),
                maybe(random, PublisherStatus.values()[random.nextInt(PublisherStatus.values().length)]),
                maybe(random, random.nextInt(6)),
                maybe(random, random.nextInt(3)),
                maybe(random, random.nextBoolean() ? STREAMS[random.nextInt(STREAMS.length)]
                        : (long) random.nextInt(Integer.MAX_VALUE)),
                maybe(random, random.nextBoolean()),
                maybe(random, random.nextBoolean()),
                maybe(random, random.nextInt(7)),
                maybe(random, random.nextBoolean()),
                maybe(random, GROWTH[random.nextInt(GROWTH.length)]),
                maybe(random, random.nextBoolean() ? 100.0 : random.nextInt(10_001) / 100.0),
                maybe(random, random.nextBoolean() ? STREAMS[random.nextInt(STREAMS.length)]
                        : (long) random.nextInt(Integer.MAX_VALUE)),
                maybe(random, GROWTH[random.nextInt(GROWTH.length)]));
    }

    /** The value, or null (unknown) one time in four. */
    private static <T> T maybe(Random random, T value) {
        return random.nextInt(4) == 0 ? null : value;
    }
}

package com.scoutdesk.integration.chartmetric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatSeriesTest {

    private static StatSeries.Point at(String day, long value) {
        return new StatSeries.Point(Instant.parse(day + "T00:00:00Z"), value);
    }

    @Test
    void velocityIsTheLastTwoPointsDifferencePerDay() {
        StatSeries series = new StatSeries(List.of(at("2026-11-21", 44_000), at("2026-11-10", 1_000),
                at("2026-11-18", 38_000)));

        assertThat(series.latest().value()).isEqualTo(44_000);
        assertThat(series.perDay()).isEqualTo(2_000.0);
    }

    @Test
    void halfADayApartCountsAsHalfADay() {
        StatSeries series = new StatSeries(List.of(new StatSeries.Point(Instant.parse("2026-11-21T00:00:00Z"), 100),
                new StatSeries.Point(Instant.parse("2026-11-21T12:00:00Z"), 150)));

        assertThat(series.perDay()).isEqualTo(100.0);
    }

    @Test
    void velocityIsUnknownWithFewerThanTwoPointsOrNoTimeBetween() {
        assertThat(new StatSeries(List.of()).perDay()).isNull();
        assertThat(new StatSeries(List.of()).latest()).isNull();
        assertThat(new StatSeries(List.of(at("2026-11-21", 5))).perDay()).isNull();
        assertThat(new StatSeries(List.of(at("2026-11-21", 5), at("2026-11-21", 9))).perDay()).isNull();
    }

    @Test
    void aFallingCountGivesANegativeVelocity() {
        assertThat(new StatSeries(List.of(at("2026-11-20", 500), at("2026-11-21", 400))).perDay()).isEqualTo(-100.0);
    }

    @Test
    void pickTakesTheHighestLatestValueThenTheNewest() {
        StatSeries album = new StatSeries(List.of(at("2026-11-22", 1_500)));
        StatSeries single = new StatSeries(List.of(at("2026-11-20", 44_000)));
        StatSeries sameButNewer = new StatSeries(List.of(at("2026-11-21", 44_000)));
        StatSeries empty = new StatSeries(List.of());

        assertThat(StatSeries.pick(List.of(album, single, empty))).contains(single);
        assertThat(StatSeries.pick(List.of(single, sameButNewer))).contains(sameButNewer);
        assertThat(StatSeries.pick(List.of(empty))).isEmpty();
    }
}

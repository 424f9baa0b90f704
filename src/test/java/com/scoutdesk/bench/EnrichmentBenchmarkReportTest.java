package com.scoutdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bound the benchmark compares its wall time with, and the synthetic ids it enriches. */
class EnrichmentBenchmarkReportTest {

    @Test
    void theBoundIsWholeWindowsBeforeTheLastRequest() {
        assertThat(EnrichmentBenchmarkReport.bound(0, 50)).isZero();
        assertThat(EnrichmentBenchmarkReport.bound(1, 50)).isZero();
        assertThat(EnrichmentBenchmarkReport.bound(50, 50)).as("R requests go out at once").isZero();
        assertThat(EnrichmentBenchmarkReport.bound(51, 50)).isEqualTo(Duration.ofSeconds(30));
        assertThat(EnrichmentBenchmarkReport.bound(100, 50)).isEqualTo(Duration.ofSeconds(30));
        assertThat(EnrichmentBenchmarkReport.bound(101, 50)).isEqualTo(Duration.ofSeconds(60));
        assertThat(EnrichmentBenchmarkReport.bound(3_300, 300)).isEqualTo(Duration.ofSeconds(300));
        assertThatThrownBy(() -> EnrichmentBenchmarkReport.bound(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void syntheticIdsAreValidDeterministicAndDistinct() {
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 20_000).forEach(n -> {
            String id = SyntheticSpotifyIds.track(n);
            assertThat(id).matches("[0-9A-Za-z]{22}").isEqualTo(SyntheticSpotifyIds.track(n));
            assertThat(seen.add(id)).as("track %d repeats an id", n).isTrue();
        });
        assertThat(SyntheticSpotifyIds.artist(7)).matches("[0-9A-Za-z]{22}")
                .isNotEqualTo(SyntheticSpotifyIds.album(7)).isNotEqualTo(SyntheticSpotifyIds.track(7));
    }
}

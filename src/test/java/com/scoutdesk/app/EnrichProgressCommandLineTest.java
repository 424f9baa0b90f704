package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.cli.ProgressSettings;
import com.scoutdesk.cli.ScoutDeskCommand;
import com.scoutdesk.cli.TickingClock;
import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.spotify.BenchSpotifyServer;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.service.DatabaseTrackQueryService;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.TrackFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code scoutdesk sample} says the load's steps on stderr, and {@code scoutdesk enrich} with stderr not a terminal (a pipe, cron) prints plain progress lines now and then, with
 * counts that grow, and no carriage return or escape code; stdout keeps only the summary. Against the benchmark's
 * fake Spotify on 127.0.0.1; the progress clock is a fake that moves a second each time it is read, so the lines'
 * pacing depends on the outcomes, never on how fast the machine is.
 */
class EnrichProgressCommandLineTest {

    private static final Pattern TIER_LINE = Pattern.compile("Tier (\\d) \\([^)]+\\): (\\d+) of (\\d+) runs, "
            + "(\\d+) failed, (\\d+) deferred");

    @TempDir
    Path dir;

    private String[] run(Map<String, String> env, Clock clock, String... args) {
        CommandLine cmd = InProcessCommands.commandLine(dir, env);
        ((ScoutDeskCommand) cmd.getCommand()).progress(ProgressSettings.plain(clock));
        return InProcessCommands.run(cmd, args);
    }

    @Test
    void sampleStepsAndEnrichProgressArePlainLinesWithGrowingCountsOnStderr() {
        try (BenchSpotifyServer spotify = new BenchSpotifyServer(0, 10_000, Duration.ofSeconds(30), false).start()) {
            Map<String, String> env = Map.of("SCOUTDESK_SPOTIFY_API_URL", spotify.baseUrl(),
                    "SCOUTDESK_SPOTIFY_ACCOUNTS_URL", spotify.baseUrl(), "SCOUTDESK_SPOTIFY_CLIENT_ID",
                    "bench-client-id", "SCOUTDESK_SPOTIFY_CLIENT_SECRET", "bench-client-secret",
                    "SCOUTDESK_SPOTIFY_REQUESTS_PER_30S", "10000", "SCOUTDESK_SPOTIFY_WEB_URL", "http://127.0.0.1:9");
            Clock clock = new TickingClock(Instant.parse("2026-12-05T17:40:00Z"), Duration.ofSeconds(1));
            String[] sample = run(env, clock, "sample");
            assertThat(sample[0]).isEqualTo("0");
            assertThat(sample[2]).as("the load's steps, on stderr").containsSubsequence(
                    "Generating the sample data ...", "Writing ").containsPattern("Writing [\\d,]+ rows");
            int tracks;
            long playlist;
            try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
                var query = new DatabaseTrackQueryService(db);
                playlist = query.playlists().stream().mapToLong(PlaylistOption::id).min().orElseThrow();
                var ids = query.find(TrackFilter.all().withPlaylist(playlist), 0, Integer.MAX_VALUE).rows()
                        .stream().map(r -> r.id()).toList();
                tracks = ids.size();
                new TierRunQueue(db, Clock.systemUTC(), Backoff.standard()).enqueue(ids,
                        List.of(EnrichmentTier.values()));
            }
            assertThat(tracks).as("enough runs for several lines").isGreaterThan(30);

            String[] enrich = run(env, clock, "enrich", "--playlist", String.valueOf(playlist), "--tiers", "0,1");

            assertThat(enrich[0]).as(enrich[2]).isEqualTo("0");
            String err = enrich[2];
            assertThat(err).as("plain lines only").doesNotContain("\r").doesNotContain("\u001b");
            assertThat(enrich[1]).as("stdout keeps the summary alone").contains("Enrichment: ")
                    .doesNotContain("runs, ");
            for (int tier = 0; tier <= 1; tier++) {
                List<Integer> counts = counts(err, tier, tracks);
                assertThat(counts).as("tier %d's lines in:%n%s", tier, err).hasSizeBetween(3, 11)
                        .isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates().endsWith(tracks);
            }
        }
    }

    /** The counts a tier's lines said, in order; each line also says the tier's total. */
    private static List<Integer> counts(String err, int tier, int total) {
        List<Integer> counts = new ArrayList<>();
        Matcher m = TIER_LINE.matcher(err);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == tier) {
                assertThat(Integer.parseInt(m.group(3))).isEqualTo(total);
                counts.add(Integer.parseInt(m.group(2)));
            }
        }
        return counts;
    }
}

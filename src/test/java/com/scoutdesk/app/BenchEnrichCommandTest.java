package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.integration.spotify.BenchSpotifyServer;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scoutdesk bench enrich} end to end, in-process, against the benchmark fake at a small size: the figures it
 * prints, the run counts, and that the fake saw every request the command counted and no rate-limit violation. Not
 * timed: speed is what the command reports, never what a test asserts.
 */
class BenchEnrichCommandTest {

    private static final int TRACKS = 150;
    private static final int R = 1000;

    @TempDir
    Path dir;

    private BenchSpotifyServer fake;

    @AfterEach
    void stopFake() {
        if (fake != null) {
            fake.close();
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) {
        String[] r = InProcessCommands.runNamingTheWorkspace(env, args);
        return new Run(Integer.parseInt(r[0]), r[1], r[2]);
    }

    private Map<String, String> envFor(BenchSpotifyServer server) {
        Map<String, String> env = new HashMap<>();
        env.put("SCOUTDESK_SPOTIFY_API_URL", server.baseUrl());
        env.put("SCOUTDESK_SPOTIFY_ACCOUNTS_URL", server.baseUrl());
        env.put("SCOUTDESK_SPOTIFY_CLIENT_ID", "bench-client-id");
        env.put("SCOUTDESK_SPOTIFY_CLIENT_SECRET", "bench-client-secret");
        env.put("SCOUTDESK_SPOTIFY_REQUESTS_PER_30S", String.valueOf(R));
        return env;
    }

    private static long printedRequests(String out) {
        Matcher m = Pattern.compile("Requests sent: ([\\d,]+) \\(Q").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    @Test
    void batchModeEnrichesEveryTrackWithinTheLimitAndPrintsTheFigures() {
        fake = new BenchSpotifyServer(0, R, Duration.ofSeconds(30), false).start();
        Path ws = dir.resolve("bench-ws");

        Run run = run(envFor(fake), "bench", "enrich", "--tracks", String.valueOf(TRACKS), "--workspace",
                ws.toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("ScoutDesk enrichment benchmark: 150 tracks, tiers 0 (ISRC recovery) and 1 "
                        + "(Spotify metadata)")
                .contains("Runs: 300 done, 0 skipped, 0 failed, 0 deferred")
                .contains("Tier 2 (web player credits and play count) is left out: it needs Chromium.")
                .contains("R (SPOTIFY_REQUESTS_PER_30S): 1000 requests per rolling 30 s")
                .containsPattern("Wall time \\(one pipeline pass\\): [\\d,.]+ s")
                .containsPattern("Pipeline overhead \\(database \\+ scoring\\): \\d+\\.\\d\\d ms a track")
                // every request fits in one window of 1,000, so the bound is 0 and no percentage is given
                .contains("Wall / bound: n/a");
        long q = printedRequests(run.out());
        assertThat(run.out()).contains("Bound: floor((Q-1)/R) x 30 s = floor((" + q + "-1)/1000) x 30 s = 0 x 30 s "
                + "= 0 s");
        assertThat(q).as("requests the client counted = requests the fake received").isEqualTo(fake.total());
        assertThat(fake.violations()).isZero();
        assertThat(fake.counts()).containsEntry("token", 1L)
                .as("tier 1 asks for its 150 tracks in batches of 50").containsEntry("several-tracks", 3L);
        assertThat(fake.counts().getOrDefault("track", 0L)).as("single track look-ups (tier 0 here)")
                .isLessThanOrEqualTo(TRACKS);
    }

    @Test
    void singleCallModeFallsBackFromEachClosedBatchEndpointOnceAndStillEnrichesEveryTrack() {
        fake = new BenchSpotifyServer(0, R, Duration.ofSeconds(30), true).start();

        Run run = run(envFor(fake), "bench", "enrich", "--tracks", "60", "--workspace",
                dir.resolve("bench-ws").toString());

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("Runs: 120 done, 0 skipped, 0 failed, 0 deferred");
        assertThat(printedRequests(run.out())).isEqualTo(fake.total());
        assertThat(fake.violations()).isZero();
        // Each batch already under way when the first 403 came back asks once; after that nobody does.
        assertThat(fake.counts().get("several-tracks")).isBetween(1L, (long) SpotifyApiClient.CONCURRENT_BATCHES);
        assertThat(fake.counts().get("audio-features")).isBetween(1L, (long) SpotifyApiClient.CONCURRENT_BATCHES);
    }

    @Test
    void onlyTierOneWhenAskedAndTheTemporaryWorkspaceIsRemoved() throws Exception {
        fake = new BenchSpotifyServer(0, R, Duration.ofSeconds(30), false).start();
        Map<String, String> env = envFor(fake);
        long before;
        try (var temps = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            before = temps.filter(p -> p.getFileName().toString().startsWith("scoutdesk-bench-enrich-")).count();
        }

        Run run = run(env, "bench", "enrich", "--tracks", "50", "--tiers", "1");

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("tiers 1 (Spotify metadata)").contains("Runs: 50 done");
        assertThat(fake.counts()).doesNotContainKey("track").containsEntry("several-tracks", 1L);
        try (var temps = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temps.filter(p -> p.getFileName().toString().startsWith("scoutdesk-bench-enrich-")).count())
                    .isEqualTo(before);
        }
    }

    @Test
    void refusesClearlyWithoutCredentialsWithARemoteApiOrWithTierTwo() {
        Run none = run(Map.of(), "bench", "enrich", "--tracks", "10", "--workspace", dir.resolve("a").toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("no Spotify credentials are configured")
                .contains("SCOUTDESK_SPOTIFY_CLIENT_ID");

        Map<String, String> remote = new HashMap<>(Map.of("SCOUTDESK_SPOTIFY_CLIENT_ID", "id",
                "SCOUTDESK_SPOTIFY_CLIENT_SECRET", "secret"));
        Run real = run(remote, "bench", "enrich", "--tracks", "10", "--workspace", dir.resolve("b").toString());
        assertThat(real.exitCode()).isEqualTo(1);
        assertThat(real.err()).contains("https://api.spotify.com").contains("is not on this machine")
                .contains("--allow-remote");

        Run tier2 = run(remote, "bench", "enrich", "--tiers", "0,2");
        assertThat(tier2.exitCode()).isEqualTo(2);
        assertThat(tier2.err()).contains("tier 2 (web player credits) needs Chromium");
    }
}

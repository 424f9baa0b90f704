package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.bench.SyntheticSpotifyIds;
import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.spotify.BenchSpotifyServer;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scoutdesk enrich} with the web player unreachable (Chromium aimed at a closed port on 127.0.0.1), against
 * the benchmark fake Spotify: tiers 0 and 1 finish, and tier 2 is deferred after one try a page, not one a track.
 */
class OfflineEnrichCommandLineTest {

    private static final int TRACKS = 250;

    @TempDir
    Path dir;
    private BenchSpotifyServer fake;

    @AfterEach
    void stopFake() {
        if (fake != null) {
            fake.close();
        }
    }

    private String[] run(Map<String, String> env, String... args) {
        return InProcessCommands.runNamingTheWorkspace(env, args);
    }

    /** {@code TRACKS} tracks the fake knows, each with a pending run for every tier. */
    private void seed(Path workspace) {
        try (Database db = Database.open(DatabaseSettings.h2File(workspace))) {
            Instant now = Instant.now();
            List<Long> ids = db.write(em -> {
                List<Long> created = new ArrayList<>();
                for (int n = 0; n < TRACKS; n++) {
                    Track t = new Track();
                    t.setSpotifyId(SyntheticSpotifyIds.track(n));
                    t.setName("Offline Track " + n);
                    t.setArtistNames("Artist " + n);
                    t.setPublisherStatus(PublisherStatus.UNKNOWN);
                    t.setLeadStage(LeadStage.NEW);
                    t.setFirstSeenAt(now);
                    t.setUpdatedAt(now);
                    em.persist(t);
                    em.flush();
                    created.add(t.getId());
                }
                return created;
            });
            new TierRunQueue(db, Clock.systemUTC(), Backoff.standard()).enqueue(ids,
                    List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA, EnrichmentTier.WEB_PLAYER_CREDITS));
        }
    }

    @Test
    void aWebPlayerThatCannotBeReachedDefersTierTwoInSecondsWhileTiersZeroAndOneFinish() {
        fake = new BenchSpotifyServer(0, 1000, Duration.ofSeconds(30), false).start();
        Map<String, String> env = Map.of("SCOUTDESK_SPOTIFY_API_URL", fake.baseUrl(),
                "SCOUTDESK_SPOTIFY_ACCOUNTS_URL", fake.baseUrl(), "SCOUTDESK_SPOTIFY_CLIENT_ID", "bench-client-id",
                "SCOUTDESK_SPOTIFY_CLIENT_SECRET", "bench-client-secret", "SCOUTDESK_SPOTIFY_REQUESTS_PER_30S", "1000",
                "SCOUTDESK_SPOTIFY_WEB_URL", "http://127.0.0.1:9", "SCOUTDESK_MUSICBRAINZ_URL", "",
                "SCOUTDESK_CHROMIUM_PATH", System.getProperty("scoutdesk.chromium", "/usr/bin/chromium"));
        Path workspace = dir.resolve("ws");
        seed(workspace);

        long start = System.nanoTime();
        String[] enrich = run(env, "enrich", "--workspace", workspace.toString());
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("enrich of %d tracks with the web player unreachable: %.1f s%n", TRACKS,
                wall.toMillis() / 1000.0);

        assertThat(enrich[0]).as(enrich[1] + enrich[2]).isEqualTo("0");
        assertThat(enrich[1]).contains("Enrichment: " + 2 * TRACKS + " done")
                .contains(", 0 failed, " + TRACKS + " deferred.");
        assertThat(wall).as("one try a page, not one a track (which took about 3 minutes)")
                .isLessThan(Duration.ofSeconds(60));

        String[] queue = run(env, "queue", "--workspace", workspace.toString());
        assertThat(queue[1]).containsPattern("tier 2 .*: " + TRACKS + " runs wait: Spotify web player offline "
                + "\\(cannot be reached\\); next try at \\d\\d:\\d\\d");
    }
}

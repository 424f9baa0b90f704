package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.spotify.BenchSpotifyServer;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.service.DatabaseTrackQueryService;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scoutdesk enrich --playlist ID --tiers 0,1} runs those tiers for that playlist's due tracks, against a fake
 * Spotify on 127.0.0.1, and leaves every other track's runs and every other tier's runs pending.
 */
class EnrichSelectionCommandLineTest {

    @TempDir
    Path dir;

    private String[] run(Map<String, String> env, String... args) {
        return InProcessCommands.run(dir, env, args);
    }

    @Test
    void aPlaylistAndTiersLimitWhatRunsNow() {
        try (BenchSpotifyServer spotify = new BenchSpotifyServer(0, 10_000, Duration.ofSeconds(30), false).start()) {
            Map<String, String> env = Map.of("SCOUTDESK_SPOTIFY_API_URL", spotify.baseUrl(),
                    "SCOUTDESK_SPOTIFY_ACCOUNTS_URL", spotify.baseUrl(), "SCOUTDESK_SPOTIFY_CLIENT_ID",
                    "bench-client-id", "SCOUTDESK_SPOTIFY_CLIENT_SECRET", "bench-client-secret",
                    "SCOUTDESK_SPOTIFY_REQUESTS_PER_30S", "10000", "SCOUTDESK_SPOTIFY_WEB_URL", "http://127.0.0.1:9");
            assertThat(run(env, "sample")[0]).isEqualTo("0");
            long playlist;
            Set<Long> onPlaylist;
            Set<Long> all;
            try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
                var tracks = new DatabaseTrackQueryService(db);
                all = ids(tracks.find(TrackFilter.all(), 0, Integer.MAX_VALUE).rows());
                new TierRunQueue(db, Clock.systemUTC(), Backoff.standard()).enqueue(all,
                        List.of(EnrichmentTier.values()));
                playlist = tracks.playlists().stream().mapToLong(PlaylistOption::id).min().orElseThrow();
                onPlaylist = ids(tracks.find(TrackFilter.all().withPlaylist(playlist), 0, Integer.MAX_VALUE).rows());
            }
            assertThat(onPlaylist).isNotEmpty().hasSizeLessThan(all.size());

            String[] enrich = run(env, "enrich", "--playlist", String.valueOf(playlist), "--tiers", "0,1");

            assertThat(enrich[0]).as(enrich[2]).isEqualTo("0");
            assertThat(enrich[1]).as("the playlist's runs of tiers 0 and 1, and no other run")
                    .containsPattern("Enrichment: (\\d+) done, (\\d+) skipped").satisfies(text -> {
                        var m = java.util.regex.Pattern.compile("(\\d+) done, (\\d+) skipped").matcher(text);
                        assertThat(m.find()).isTrue();
                        assertThat(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)))
                                .isEqualTo(onPlaylist.size() * 2);
                    });
            try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
                List<Object[]> runs = db.read(em -> em.createQuery("select r.track.id, r.tier, r.status "
                        + "from TierRun r", Object[].class).getResultList());
                assertThat(runs).hasSize(all.size() * EnrichmentTier.values().length).allSatisfy(r -> {
                    boolean chosen = onPlaylist.contains((Long) r[0]) && (Integer) r[1] < 2;
                    assertThat(r[2]).as("track %s tier %s", r[0], r[1])
                            .isIn(chosen ? Set.of(TierRunStatus.DONE, TierRunStatus.SKIPPED)
                                    : Set.of(TierRunStatus.PENDING));
                });
            }
        }
    }

    private static Set<Long> ids(List<TrackRow> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.id()));
        return ids;
    }
}

package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.TestEnvironment;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tier registered after the workspace filled up reaches the tracks already there: opening the workspace gives every
 * track a pending run of each registered tier it lacks, and leaves the runs it has as they are.
 */
class NewTierBackfillTest {

    @TempDir
    Path dir;

    @Test
    void openingGivesExistingTracksARunOfEveryRegisteredTier() {
        List<Long> ids = new ArrayList<>();
        try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
            db.writeVoid(em -> {
                for (int n = 0; n < 3; n++) {
                    Track t = TestTracks.track("4uLU6hMCjMI75M1A2tKUQ" + n, "Track " + n, "Artist", Instant.now());
                    em.persist(t);
                    em.flush();
                    ids.add(t.getId());
                }
            });
            TierRunQueue queue = new TierRunQueue(db, Clock.systemUTC(), Backoff.standard());
            // Written when only tiers 0 and 1 existed; tier 0 of the first track has already run.
            queue.enqueue(ids, List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA));
            queue.done(queue.claim(EnrichmentTier.ISRC, 1).get(0), 5);
        }

        // The web player stage (tier 2) is registered in every configuration, with or without Spotify credentials.
        Map<String, String> env = TestEnvironment.withoutRealSources(Map.of());
        try (AppContext context = AppContext.open(new AppPaths(dir), env, false)) {
            assertThat(context).isNotNull();
        }

        try (Database db = Database.open(DatabaseSettings.h2File(dir))) {
            List<Object[]> runs = db.read(em -> em.createQuery("select r.track.id, r.tier, r.status from TierRun r "
                    + "order by r.track.id, r.tier", Object[].class).getResultList());
            assertThat(runs).filteredOn(r -> (Integer) r[1] == EnrichmentTier.WEB_PLAYER_CREDITS.number())
                    .as("a pending tier 2 run for every track").hasSize(ids.size())
                    .allSatisfy(r -> assertThat(r[2]).isEqualTo(TierRunStatus.PENDING));
            assertThat(runs).as("the runs already there are kept as they were").hasSize(ids.size() * 3)
                    .filteredOn(r -> r[2] == TierRunStatus.DONE).hasSize(1);
        }
    }
}

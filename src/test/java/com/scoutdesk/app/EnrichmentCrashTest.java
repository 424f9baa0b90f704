package com.scoutdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.spotify.BenchSpotifyServer;
import com.scoutdesk.integration.webplayer.FakeWebPlayerServer;
import com.scoutdesk.integration.webplayer.TestBrowsers;
import com.scoutdesk.integration.webplayer.TrackFixture;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.ScoutDeskProcess;
import com.scoutdesk.testing.TestEnvironment;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: the real {@code scoutdesk enrich}, in a child JVM, is SIGKILLed part-way through enriching
 * 1,000 tracks in all three tiers against local fakes (Spotify's Web API and its web player, in real Chromium), then
 * started again. Every run must end done; a run committed before the kill is
 * never done again (neither its page is read again nor a second "done" recorded); no person or credit is doubled.
 */
class EnrichmentCrashTest {

    private static final int TRACKS = Integer.getInteger("scoutdesk.crashTracks", 1000);
    /** The tiers its fakes serve; the registry tiers are not configured here. */
    private static final List<EnrichmentTier> TIERS = List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA,
            EnrichmentTier.WEB_PLAYER_CREDITS);

    @TempDir
    Path dir;

    @Test
    void aKillPartWayThroughEnrichingLosesNothingAndRepeatsNothing() throws Exception {
        Path ws = dir.resolve("ws");
        List<String> spotifyIds = new ArrayList<>();
        for (int i = 0; i < TRACKS; i++) {
            spotifyIds.add(TrackFixture.id(String.format("k%05d", i)));
        }
        try (Database db = Database.open(DatabaseSettings.h2File(ws))) {
            List<Long> ids = db.write(em -> {
                List<Long> out = new ArrayList<>();
                for (String spotifyId : spotifyIds) {
                    Track t = TestTracks.track(spotifyId, "Song " + spotifyId.substring(0, 6), "Mara Vell",
                            Instant.now());
                    em.persist(t);
                    out.add(t.getId());
                }
                return out;
            });
            new TierRunQueue(db, Clock.systemUTC(), Backoff.standard()).enqueue(ids, TIERS);
        }

        try (FakeWebPlayerServer web = FakeWebPlayerServer.start();
             BenchSpotifyServer spotify = new BenchSpotifyServer(0, 10_000, Duration.ofSeconds(30), false).start()) {
            spotifyIds.forEach(id -> web.serveTrack(new TrackFixture(id, "1234567", TrackFixture.CREDITS,
                    "queryTrackCreditsModal", false, 0)));

            Process first = enrich(ws, web, spotify).start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (first.isAlive() && creditPages(web.trackQueries()).size() < TRACKS * 2 / 5
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(first.isAlive()).as("the first enrich was still working when it was killed").isTrue();
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

            Set<String> committed = doneBeforeRestart(ws);
            int queriesBeforeRestart = web.trackQueries().size();
            System.out.printf("SIGKILL after %d of %d tracks' pages; %d of their runs were committed%n",
                    creditPages(web.trackQueries()).size(), TRACKS, committed.size());
            assertThat(committed).as("some web player runs committed before the kill, some not").isNotEmpty()
                    .hasSizeLessThan(TRACKS);

            long spotifyBeforeRestart = spotify.total();
            Process second = enrich(ws, web, spotify).start();
            // 600-odd pages in Chromium: 0.9 s a page on an idle 2-core machine, 1.7 s with other work beside it
            // (this session's CI, where 15 minutes ran out); the limit only stops a hang, not a slow machine.
            assertThat(second.waitFor(30, TimeUnit.MINUTES)).as("the second enrich finished").isTrue();
            assertThat(second.exitValue()).as(Files.readString(dir.resolve("enrich.log"))).isZero();

            Set<String> readAgain = creditPages(web.trackQueries().subList(queriesBeforeRestart,
                    web.trackQueries().size()));
            readAgain.retainAll(committed);
            assertThat(readAgain).as("tracks whose run had committed, read again after the restart").isEmpty();
            System.out.printf("Spotify requests: %d before the kill, %d after the restart; violations %d%n",
                    spotifyBeforeRestart, spotify.total() - spotifyBeforeRestart, spotify.violations());
        }

        try (Database db = Database.openValidated(DatabaseSettings.h2File(ws))) {
            long isrcs = db.read(em -> em.createQuery("select count(t) from Track t where t.isrc is not null",
                    Long.class).getSingleResult());
            assertThat(isrcs).as("tiers 0 and 1 wrote every track's ISRC").isEqualTo(TRACKS);
            long done = db.read(em -> em.createQuery("select count(r) from TierRun r where r.status = :done",
                    Long.class).setParameter("done", TierRunStatus.DONE).getSingleResult());
            assertThat(done).as("runs done after the restart").isEqualTo((long) TRACKS * TIERS.size());
            List<Object[]> twice = db.read(em -> em.createQuery("select e.track.id, e.tier, count(e) "
                    + "from ActivityEvent e where e.outcome = 'done' group by e.track.id, e.tier having count(e) <> 1",
                    Object[].class).getResultList());
            assertThat(twice).as("(track, tier) with other than one 'done'").isEmpty();
            List<Object[]> samePerson = db.read(em -> em.createQuery("select p.name, count(p) from Person p "
                    + "group by p.name having count(p) > 1", Object[].class).getResultList());
            assertThat(samePerson).as("people created twice").isEmpty();
            long people = db.read(em -> em.createQuery("select count(p) from Person p", Long.class)
                    .getSingleResult());
            assertThat(people).isEqualTo(TrackFixture.CREDITS.stream().map(TrackFixture.Contributor::name)
                    .distinct().count());
            List<Long> creditsPerTrack = db.read(em -> em.createQuery("select count(c) from Credit c "
                    + "group by c.track.id", Long.class).getResultList());
            assertThat(creditsPerTrack).hasSize(TRACKS);
            assertThat(new HashSet<>(creditsPerTrack)).as("every track has the same credits, once each")
                    .hasSize(1);
            assertThat(creditsPerTrack.get(0)).isPositive();
        }
    }

    private ProcessBuilder enrich(Path ws, FakeWebPlayerServer web, BenchSpotifyServer spotify) {
        ProcessBuilder pb = ScoutDeskProcess.builder(ws, "enrich").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("enrich.log").toFile()));
        pb.environment().put("SCOUTDESK_SPOTIFY_API_URL", spotify.baseUrl());
        pb.environment().put("SCOUTDESK_SPOTIFY_ACCOUNTS_URL", spotify.baseUrl());
        pb.environment().put("SCOUTDESK_SPOTIFY_CLIENT_ID", "bench-client-id");
        pb.environment().put("SCOUTDESK_SPOTIFY_CLIENT_SECRET", "bench-client-secret");
        pb.environment().put("SCOUTDESK_SPOTIFY_REQUESTS_PER_30S", "10000");
        pb.environment().put("SCOUTDESK_SPOTIFY_WEB_URL", web.baseUrl());
        pb.environment().put("SCOUTDESK_CHROMIUM_PATH", TestBrowsers.CHROMIUM.toString());
        pb.environment().put("SCOUTDESK_WEB_PLAYER_PAGES", "2");
        pb.environment().putAll(TestEnvironment.withoutRealSources(Map.of()));
        return pb;
    }

    /** The tracks whose credits query the fake answered, from its "operationName trackId" log. */
    private static Set<String> creditPages(List<String> queries) {
        Set<String> ids = new HashSet<>();
        queries.stream().filter(q -> q.startsWith("queryTrackCreditsModal ")).forEach(q -> ids.add(q.substring(
                q.indexOf(' ') + 1)));
        return ids;
    }

    /** The tracks whose web player run was committed: their pages must not be read again. */
    private static Set<String> doneBeforeRestart(Path ws) {
        try (Database db = Database.open(DatabaseSettings.h2File(ws))) {
            return new HashSet<>(db.read(em -> em.createQuery("select r.track.spotifyId from TierRun r "
                    + "where r.status = :done and r.tier = :webPlayer", String.class)
                    .setParameter("done", TierRunStatus.DONE)
                    .setParameter("webPlayer", EnrichmentTier.WEB_PLAYER_CREDITS.number()).getResultList()));
        }
    }
}

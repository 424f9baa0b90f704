package com.scoutdesk.enrichment.stages;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.PipelineReport;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.chartmetric.ChartmetricClient;
import com.scoutdesk.integration.chartmetric.ChartmetricFake;
import com.scoutdesk.model.Credit;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.scoring.UnsignedScorer;
import com.scoutdesk.service.ScoreService;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import com.scoutdesk.tracking.DatabaseCapabilityStore;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier 5 end to end: the real client against a fake Chartmetric, the pipeline, the score and an H2 workspace. */
class ChartmetricStageTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path dir;
    WireMockServer server;
    ChartmetricFake fake;
    Database db;
    MutableClock clock = new MutableClock(NOW);
    TierRunQueue queue;
    ChartmetricClient client;
    List<Long> tracks = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        fake = new ChartmetricFake(server, server.port());
        fake.token(ChartmetricFake.ACCESS_TOKEN);
        db = Database.open(DatabaseSettings.h2File(dir));
        queue = new TierRunQueue(db, clock, Backoff.standard());
        client = new ChartmetricClient(fake.config(), new DatabaseCapabilityStore(new SettingsRepository(db, clock)),
                clock, d -> { });
    }

    @AfterEach
    void stop() {
        db.close();
        server.stop();
    }

    private void store(String isrc, Long webPlayerStreams) {
        long id = db.write(em -> {
            Track t = TestTracks.track("TrackId" + (100 + tracks.size()), "Neon Hearts", "Mara Vell", NOW);
            t.setIsrc(isrc);
            t.setSpotifyStreams(webPlayerStreams);
            em.persist(t);
            return t.getId();
        });
        tracks.add(id);
        queue.enqueue(List.of(id), List.of(EnrichmentTier.CHARTMETRIC));
    }

    private PipelineReport run() {
        ScoreService scores = new ScoreService(db, UnsignedScorer.withDefaultLabels(), clock);
        return new EnrichmentPipeline(db, queue, List.of(new ChartmetricStage(client, clock)), clock,
                scores::scoreColumns).runDue();
    }

    private Map<String, Object> columns(int n) {
        return db.readJdbc(c -> {
            try (var s = c.prepareStatement("select * from track where id = ?")) {
                s.setLong(1, tracks.get(n - 1));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    Map<String, Object> out = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        out.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
                    }
                    return out;
                }
            }
        });
    }

    private TierRun run(int n) {
        return db.read(em -> em.createQuery("select r from TierRun r where r.track.id = :t and r.tier = 5",
                TierRun.class).setParameter("t", tracks.get(n - 1)).getSingleResult());
    }

    @Test
    void aKnownTrackGetsItsAnalyticsCreditsAndAScoreForItsGrowth() {
        fake.track();
        store(ChartmetricFake.ISRC, 44_000L);

        assertThat(run()).isEqualTo(new PipelineReport(1, 0, 0, 0));

        Map<String, Object> row = columns(1);
        assertThat(row).containsEntry("chartmetric_found", true)
                .containsEntry("chartmetric_id", ChartmetricFake.CM_ID)
                .containsEntry("chartmetric_moods", "Energetic, Happy")
                .containsEntry("chartmetric_activities", "Party, Workout")
                .containsEntry("chartmetric_songwriters", "Mara Vell, Jonas Brandt")
                .containsEntry("chartmetric_spotify_streams", 44_000L)
                .containsEntry("chartmetric_streams_per_day", 2_000.0)
                .containsEntry("chartmetric_youtube_views", 10_000L)
                .containsEntry("chartmetric_youtube_views_per_day", 500.0)
                .containsEntry("chartmetric_track_stage", "growing")
                .containsEntry("chartmetric_series_date", "2026-11-21");
        List<String> credits = db.read(em -> em.createQuery("select c from Credit c join fetch c.person"
                        + " where c.source = 'chartmetric' order by c.id", Credit.class).getResultList().stream()
                .map(c -> c.getPerson().getName() + "/" + c.getRole()).toList());
        assertThat(credits).containsExactly("Mara Vell/WRITER", "Jonas Brandt/WRITER");
        assertThat((String) row.get("score_breakdown")).contains("growth.fastSmall");
        assertThat(run(1).getStatus()).isEqualTo(TierRunStatus.DONE);
        assertThat(fake.tokenCalls()).isEqualTo(1);
    }

    @Test
    void anUnknownIsrcIsDoneAsNotFoundAndNoTrackWithoutIsrcIsAsked() {
        fake.unknownIsrc("QZES82699999");
        store("QZES82699999", null);
        store(null, null);

        assertThat(run()).isEqualTo(new PipelineReport(1, 1, 0, 0));

        assertThat(columns(1)).containsEntry("chartmetric_found", false).containsEntry("chartmetric_id", null)
                .containsEntry("chartmetric_streams_per_day", null);
        assertThat(run(1).getStatus()).isEqualTo(TierRunStatus.DONE);
        assertThat(run(2).getStatus()).isEqualTo(TierRunStatus.NOT_APPLICABLE);
        assertThat(columns(2)).containsEntry("chartmetric_found", null);
        assertThat(fake.calls(ChartmetricFake.trackPath(ChartmetricFake.CM_ID))).isZero();
    }

    @Test
    void aPlanWithoutStatsKeepsTheRestAndAsksTheStatsOnlyOnce() {
        fake.track();
        fake.stub(ChartmetricFake.spotifyPath(ChartmetricFake.CM_ID), 403,
                ChartmetricFake.resource("error-plan.json"));
        store(ChartmetricFake.ISRC, 44_000L);
        store(ChartmetricFake.ISRC, 44_000L);

        assertThat(run().done()).isEqualTo(2);

        assertThat(fake.calls(ChartmetricFake.spotifyPath(ChartmetricFake.CM_ID))).isEqualTo(1);
        assertThat(fake.calls(ChartmetricFake.trackPath(ChartmetricFake.CM_ID))).isEqualTo(2);
        // The total comes from cm_statistics; growth, its date and the growth score stay unknown.
        assertThat(columns(2)).containsEntry("chartmetric_moods", "Energetic, Happy")
                .containsEntry("chartmetric_spotify_streams", 48_210L)
                .containsEntry("chartmetric_streams_per_day", null)
                .containsEntry("chartmetric_series_date", null)
                .containsEntry("chartmetric_track_stage", "emerging")
                .containsEntry("chartmetric_youtube_views", 10_000L);
        assertThat((String) columns(2).get("score_breakdown")).doesNotContain("growth.");
    }

    @Test
    void aPlanWithoutTheIsrcLookUpIsNotOnPlanUntilTheRecheck() {
        fake.stub(ChartmetricFake.idsPath(ChartmetricFake.ISRC), 403, ChartmetricFake.resource("error-plan.json"));
        store(ChartmetricFake.ISRC, null);
        store(ChartmetricFake.ISRC, null);

        run();

        assertThat(run(1).getStatus()).isEqualTo(TierRunStatus.NOT_ON_PLAN);
        assertThat(run(2).getStatus()).isEqualTo(TierRunStatus.NOT_ON_PLAN);
        assertThat(run(2).getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(fake.calls(ChartmetricFake.idsPath(ChartmetricFake.ISRC))).isEqualTo(1);
        assertThat(columns(1)).containsEntry("chartmetric_found", null);
    }

    @Test
    void aRateLimitDefersTheRun() {
        server.stubFor(get(urlPathEqualTo(ChartmetricFake.idsPath(ChartmetricFake.ISRC)))
                .willReturn(ChartmetricFake.json(429, "{}").withHeader("Retry-After", "600")));
        store(ChartmetricFake.ISRC, null);

        assertThat(run().deferred()).isEqualTo(1);
        assertThat(run(1).getStatus()).isEqualTo(TierRunStatus.DEFERRED);
        assertThat(run(1).getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }
}

package com.scoutdesk.enrichment.stages;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.PipelineReport;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.enrichment.TrackFacts;
import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.enrichment.fields.YouTubeFields;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.integration.youtube.MemoryQuotaStore;
import com.scoutdesk.integration.youtube.YouTubeClient;
import com.scoutdesk.integration.youtube.YouTubeFake;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tier 6 end to end: the real client over real HTTP against the fake YouTube, the pipeline, and an H2 workspace.
 * Calls are counted, because each costs quota: known ids share videos.list calls, searches are for the rest only.
 */
class YouTubeStageTest {

    private static final Instant NOW = Instant.parse("2026-12-05T18:00:00Z");
    /** Midnight in Los Angeles (PST) after {@link #NOW}. */
    private static final Instant PACIFIC_MIDNIGHT = Instant.parse("2026-12-06T08:00:00Z");
    private static final YouTubeFake FAKE = new YouTubeFake();
    @RegisterExtension
    static final WireMockExtension SERVER = FAKE.server();

    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock(NOW);
    TierRunQueue queue;
    MemoryQuotaStore quota = new MemoryQuotaStore();
    YouTubeClient client;

    @BeforeEach
    void start() {
        FAKE.reset();
        db = Database.open(DatabaseSettings.h2File(dir));
        queue = new TierRunQueue(db, clock, Backoff.standard());
        client = new YouTubeClient(FAKE.config(), quota, clock, new RecordingSleeper());
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private YouTubeStage stage() {
        return new YouTubeStage(client, YouTubeStage.Settings.defaults(), clock);
    }

    private long storeTrack(String name, String artists, String videoId) {
        long id = db.write(em -> {
            var t = TestTracks.track("sp" + name.hashCode() + videoId, name, artists, NOW);
            em.persist(t);
            return t.getId();
        });
        if (videoId != null) {
            db.writeVoid(em -> em.createNativeQuery("update track set youtube_video_id = ?1 where id = ?2")
                    .setParameter(1, videoId).setParameter(2, id).executeUpdate());
        }
        return id;
    }

    private PipelineReport run(List<Long> tracks) {
        queue.enqueue(tracks, List.of(EnrichmentTier.YOUTUBE));
        return new EnrichmentPipeline(db, queue, List.of(stage()), clock).runDue();
    }

    private Object column(long track, String column) {
        return db.readJdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("select " + column + " from track where id = ?")) {
                p.setLong(1, track);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getObject(1);
                }
            }
        });
    }

    private TierRun tierRun(long track) {
        return db.read(em -> em.createQuery("select r from TierRun r where r.track.id = :t and r.tier = 6",
                TierRun.class).setParameter("t", track).getSingleResult());
    }

    @Test
    void knownIdsShareOneCallAndOnlyTracksWithoutOneAreSearched() {
        FAKE.video("kNoWnVid001", 1_500L, 40L, 3L);
        FAKE.video("kNoWnVid002", 88_000L, null, null);
        FAKE.video("nEoNhEaRt5s", 1_284_409L, 20_931L, 842L);
        FAKE.searchAnswer(200, "search_mara_vell_neon_hearts.json");
        long known1 = storeTrack("Paper Lanterns", "Mara Vell", "kNoWnVid001");
        long known2 = storeTrack("Slow Tide", "Mara Vell", "kNoWnVid002");
        long searched = storeTrack("Neon Hearts", "Mara Vell, Ola Brand", null);
        long noVideo = storeTrack("Glass Rivers", "Mara Vell", null);

        assertThat(run(List.of(known1, known2, searched, noVideo))).isEqualTo(new PipelineReport(3, 1, 0, 0));

        assertThat(FAKE.searchCalls()).as("one search per track without a known id").isEqualTo(2);
        assertThat(FAKE.videosCalls()).as("known ids in one call, found ones in another").isEqualTo(2);
        assertThat(column(known1, "youtube_views")).isEqualTo(1_500L);
        assertThat(column(known1, "youtube_likes")).isEqualTo(40L);
        assertThat(column(known2, "youtube_likes")).as("hidden likes stay unknown").isNull();
        assertThat(db.read(em -> em.find(FieldProvenance.class, new FieldProvenance.Key(known2, "youtube_likes")))
                .isNotAvailable()).isTrue();
        assertThat(column(searched, "youtube_video_id")).isEqualTo("nEoNhEaRt5s");
        assertThat(column(searched, "youtube_views")).isEqualTo(1_284_409L);
        assertThat(column(searched, "youtube_video_found_by")).isEqualTo(YouTubeFields.FOUND_BY_SEARCH);
        assertThat(tierRun(noVideo).getStatus()).isEqualTo(TierRunStatus.NOT_APPLICABLE);
        assertThat(column(noVideo, "youtube_views")).as("no video is unknown, never 0 views").isNull();
    }

    @Test
    void aHundredAndTwentyKnownIdsCostThreeCallsAndNoSearch() {
        List<Long> tracks = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String id = String.format("vid%08d", i);
            FAKE.video(id, 100L + i, 1L, 1L);
            tracks.add(storeTrack("Song " + i, "Mara Vell", id));
        }

        assertThat(run(tracks).done()).isEqualTo(120);

        assertThat(FAKE.videosCalls()).isEqualTo(3);
        assertThat(FAKE.searchCalls()).isZero();
        assertThat(column(tracks.get(119), "youtube_views")).isEqualTo(219L);
    }

    @Test
    void aSpentSearchBucketDefersUntilPacificMidnightWithoutACall() {
        quota.record("search", LocalDate.of(2026, 12, 5), 100);
        FAKE.video("kNoWnVid001", 1_500L, 40L, 3L);
        long known = storeTrack("Paper Lanterns", "Mara Vell", "kNoWnVid001");
        long unknown = storeTrack("Neon Hearts", "Mara Vell", null);

        assertThat(run(List.of(known, unknown))).isEqualTo(new PipelineReport(1, 0, 0, 1));

        assertThat(FAKE.searchCalls()).isZero();
        TierRun deferred = tierRun(unknown);
        assertThat(deferred.getStatus()).isEqualTo(TierRunStatus.DEFERRED);
        assertThat(deferred.getNextAttemptAt()).isEqualTo(PACIFIC_MIDNIGHT);
        assertThat(deferred.getAttempts()).isZero();
        assertThat(column(unknown, "youtube_views")).isNull();
    }

    @Test
    void googlesQuotaExceededDefersTheBatchUntilPacificMidnightAcrossTheAutumnChange() {
        // 01:30 PDT on 1 November 2026; the clocks go back at 02:00, so midnight comes 25 hours after the last.
        clock.set(Instant.parse("2026-11-01T08:30:00Z"));
        FAKE.videosAnswer(403, "error_403_quotaExceeded.json");
        long known = storeTrack("Paper Lanterns", "Mara Vell", "kNoWnVid001");
        long unknown = storeTrack("Neon Hearts", "Mara Vell", null);

        assertThat(run(List.of(known, unknown))).isEqualTo(new PipelineReport(0, 0, 0, 2));

        assertThat(tierRun(known).getNextAttemptAt()).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
        assertThat(tierRun(unknown).getStatus()).isEqualTo(TierRunStatus.DEFERRED);
        assertThat(FAKE.searchCalls()).as("no search is spent on a batch that will be retried").isZero();
    }

    @Test
    void anIdAnotherTierFoundIsUsedBeforeAnySearch() {
        TrackField<String> otherTiers = TrackField.foundBy(EnrichmentTier.CHARTMETRIC, "chartmetric_youtube_ids",
                String.class);
        FAKE.video("fRoMcHaRt01", 9_000L, 90L, 9L);
        YouTubeStage stage = new YouTubeStage(client, new YouTubeStage.Settings(Duration.ofDays(7),
                List.of(otherTiers)), clock);
        TrackFacts facts = TrackFacts.of(1, "sp1", "Neon Hearts", "Mara Vell")
                .with(otherTiers, " fRoMcHaRt01, sEcOnDvId02");

        Map<Long, StageOutcome> out = stage.enrich(List.of(facts));

        StageOutcome.Done done = (StageOutcome.Done) out.get(1L);
        assertThat(done.update().values()).containsEntry(YouTubeFields.VIDEO_ID, "fRoMcHaRt01")
                .containsEntry(YouTubeFields.VIEWS, 9_000L)
                .containsEntry(YouTubeFields.FOUND_BY, YouTubeFields.FOUND_BY_KNOWN_ID);
        assertThat(FAKE.searchCalls()).isZero();
    }

    @Test
    void needsATitleAndArtistAndRefreshesViewsWeekly() {
        YouTubeStage stage = stage();
        TrackFacts bare = TrackFacts.of(1, "sp1", "Neon Hearts", "Mara Vell");
        TrackFacts known = bare.with(YouTubeFields.VIDEO_ID, "nEoNhEaRt5s");

        assertThat(stage.needs(bare)).isTrue();
        assertThat(stage.needs(TrackFacts.of(2, "sp2", "Neon Hearts", " "))).isFalse();
        assertThat(stage.needs(TrackFacts.of(3, "sp3", null, "Mara Vell"))).isFalse();
        assertThat(stage.needs(known.askedAt(EnrichmentTier.YOUTUBE, NOW.minus(Duration.ofDays(6))))).isFalse();
        assertThat(stage.needs(known.askedAt(EnrichmentTier.YOUTUBE, NOW.minus(Duration.ofDays(8))))).isTrue();
        assertThat(stage.needs(bare.askedAt(EnrichmentTier.YOUTUBE, NOW.minus(Duration.ofDays(1)))))
                .as("asked, but no video known yet").isTrue();
        assertThat(stage.lane()).isEqualTo("youtube");
        assertThat(stage.concurrency()).isEqualTo(1);
        assertThat(stage.batchSize()).isEqualTo(50);
    }
}

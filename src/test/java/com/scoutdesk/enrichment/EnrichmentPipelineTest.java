package com.scoutdesk.enrichment;

import static com.scoutdesk.enrichment.fields.IsrcFields.*;
import static com.scoutdesk.enrichment.fields.SpotifyMetadataFields.*;
import static com.scoutdesk.enrichment.fields.WebPlayerFields.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.fields.ChartmetricFields;
import com.scoutdesk.enrichment.fields.MlcFields;
import com.scoutdesk.enrichment.fields.MusicBrainzFields;
import com.scoutdesk.enrichment.fields.TrackField;
import com.scoutdesk.enrichment.fields.TrackFields;
import com.scoutdesk.enrichment.fields.YouTubeFields;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pipeline: tier isolation, deferral, selectivity, provenance and manual overrides. */
class EnrichmentPipelineTest extends QueuedTracksFixture {

    @BeforeEach
    void queueThreeTracksOnEveryTierTheLastWithAnIsrc() {
        for (int i = 0; i < 3; i++) {
            String isrc = i == 2 ? "USUM71703861" : null;
            addTrack(t -> t.setIsrc(isrc));
        }
        queue.enqueue(tracks, List.of(EnrichmentTier.values()));
    }

    private Map<TierRunStatus, Long> statuses(EnrichmentTier tier) {
        Map<TierRunStatus, Long> out = new HashMap<>();
        db.read(em -> em.createQuery("select r.status, count(r) from TierRun r where r.tier = :t group by r.status",
                Object[].class).setParameter("t", tier.number()).getResultList())
                .forEach(r -> out.put((TierRunStatus) r[0], (Long) r[1]));
        return out;
    }

    private Track track(long id) {
        return db.read(em -> em.find(Track.class, id));
    }

    /** Single look-ups claimed three at a time: a rate limit on the second keeps the first and defers the rest. */
    @Test
    void aClaimOfSeveralCallsKeepsWhatWasReadBeforeARateLimit() {
        AtomicInteger asked = new AtomicInteger();
        Instant retryAt = clock.instant().plus(Duration.ofHours(1));
        var isrc = new ScriptedStage(EnrichmentTier.ISRC, 1, f -> true, f -> {
            if (asked.incrementAndGet() == 2) {
                throw new RateLimitedException(Provider.SPOTIFY_API, retryAt, false);
            }
            return new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(ISRC, "GBAYE2400099")));
        });
        isrc.claimSize = 3;

        PipelineReport report = new EnrichmentPipeline(db, queue, List.of(isrc), clock).runDue();

        assertThat(report).isEqualTo(new PipelineReport(1, 0, 0, 2));
        assertThat(isrc.calls).as("the third track is not asked once the second hit the limit").isEqualTo(2);
        assertThat(statuses(EnrichmentTier.ISRC)).containsEntry(TierRunStatus.DONE, 1L)
                .containsEntry(TierRunStatus.DEFERRED, 2L);
        List<Instant> nextAttempts = db.read(em -> em.createQuery("select r.nextAttemptAt from TierRun r where "
                + "r.tier = 0 and r.status = :s", Instant.class).setParameter("s", TierRunStatus.DEFERRED)
                .getResultList());
        assertThat(nextAttempts).containsOnly(retryAt);
    }

    /**
     * A write that fails (the database, here the scoring inside it) in one thread of a lane ends the pass with that
     * error instead of leaving the lane's other threads waiting for it at the tier boundary forever.
     */
    @Test
    void aWriteThatFailsInOneThreadOfALaneEndsThePassWithItsError() {
        var isrc = new ScriptedStage(EnrichmentTier.ISRC, 1, f -> true,
                f -> new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(ISRC, "GBAYE2400099"))));
        isrc.concurrency = 2;
        isrc.lane = "spotify";
        var metadata = new ScriptedStage(EnrichmentTier.SPOTIFY_METADATA, 1, f -> true,
                f -> new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(LABEL, "DistroKid"))));
        metadata.concurrency = 2;
        metadata.lane = "spotify";
        AtomicInteger writes = new AtomicInteger();
        ScoreRefresh failsOnce = (em, pending) -> {
            if (writes.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
            return Map.of();
        };
        var pipeline = new EnrichmentPipeline(db, queue, List.of(isrc, metadata), clock,
                failsOnce);

        Throwable thrown = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, pipeline::runDue));

        assertThat(thrown).hasMessage("disk full");
        Map<TierRunStatus, Long> isrcRuns = statuses(EnrichmentTier.ISRC);
        assertThat(isrcRuns.keySet()).as("the failed batch's run stayed due (the other thread may have taken it)")
                .isSubsetOf(TierRunStatus.DONE, TierRunStatus.PENDING);
        assertThat(isrcRuns.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(tracks.size());
        assertThat(queue.inFlight()).as("nothing is left claimed").isZero();
    }

    /**
     * A lane's next tier asks its source while the tier before is still being written (a write here waits until the
     * next tier has asked), and yet every track's earlier tier commits before its later one.
     */
    @Test
    void theNextTierAsksWhileTheTierBeforeIsWrittenAndCommitsAfterIt() {
        CountDownLatch metadataAsked = new CountDownLatch(1);
        var isrc = new ScriptedStage(EnrichmentTier.ISRC, 1, f -> true,
                f -> new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(POPULARITY, 10))));
        isrc.concurrency = 2;
        isrc.lane = "spotify";
        var metadata = new ScriptedStage(EnrichmentTier.SPOTIFY_METADATA, 1, f -> true, f -> {
            metadataAsked.countDown();
            return new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(POPULARITY, 20)));
        });
        metadata.concurrency = 2;
        metadata.lane = "spotify";
        List<Object> committed = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean tierOneWaited = new AtomicBoolean();
        ScoreRefresh firstWriteWaits = (em, pending) -> {
            if (committed.isEmpty()) {
                try {
                    tierOneWaited.set(!metadataAsked.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            pending.values().forEach(values -> committed.add(values.get(POPULARITY)));
            return Map.of();
        };

        PipelineReport report = new EnrichmentPipeline(db, queue, List.of(metadata, isrc), clock, firstWriteWaits)
                .runDue();

        assertThat(report.done()).isEqualTo(2 * tracks.size());
        assertThat(tierOneWaited).as("tier 1 asked before tier 0's first write committed").isFalse();
        assertThat(committed).as("tier 0's writes commit first").containsExactly(10, 10, 10, 20, 20, 20);
        tracks.forEach(id -> assertThat(track(id).getPopularity()).as("tier 1's value is the last").isEqualTo(20));
    }

    @Test
    void aFailingStageNeverStopsTheOthers() {
        var isrc = new ScriptedStage(EnrichmentTier.ISRC, 1, f -> f.get(ISRC) == null,
                f -> new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(ISRC, "GBAYE24000" + f.trackId()
                        % 10 + "0"))));
        var metadata = new ScriptedStage(EnrichmentTier.SPOTIFY_METADATA, 50, f -> true,
                f -> new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(LABEL, "DistroKid",
                        POPULARITY, 12))));
        var player = new ScriptedStage(EnrichmentTier.WEB_PLAYER_CREDITS, 1, f -> true, f -> {
            throw new IllegalStateException("the web player changed");
        });

        PipelineReport report = new EnrichmentPipeline(db, queue, List.of(player, metadata, isrc), clock).runDue();

        assertThat(report).isEqualTo(new PipelineReport(5, 1, 3, 0));
        assertThat(statuses(EnrichmentTier.ISRC)).containsEntry(TierRunStatus.DONE, 2L)
                .containsEntry(TierRunStatus.SKIPPED, 1L);
        assertThat(statuses(EnrichmentTier.SPOTIFY_METADATA)).containsEntry(TierRunStatus.DONE, 3L);
        assertThat(statuses(EnrichmentTier.WEB_PLAYER_CREDITS)).containsEntry(TierRunStatus.FAILED, 3L);
        assertThat(track(tracks.get(0)).getLabel()).isEqualTo("DistroKid");
        assertThat(track(tracks.get(0)).getIsrc()).startsWith("GBAYE24000");
        assertThat(metadata.calls).as("one batch of 3 for a batch stage").isEqualTo(1);
        assertThat(isrc.seen).as("the track that had an ISRC was not asked for").hasSize(2);
        FieldProvenance p = db.read(em -> em.find(FieldProvenance.class,
                new FieldProvenance.Key(tracks.get(0), "label")));
        assertThat(p.getSource()).isEqualTo("spotify-api");
        assertThat(p.getTier()).isEqualTo(1);
        long events = db.read(em -> em.createQuery("select count(e) from ActivityEvent e where e.actor = "
                + "'enrichment'", Long.class).getSingleResult());
        assertThat(events).isEqualTo(9);
    }

    @Test
    void offlineDefersWithoutCountingAndResumesLater() {
        boolean[] online = {false};
        var stage = new ScriptedStage(EnrichmentTier.SPOTIFY_METADATA, 50, f -> true, f -> {
            if (!online[0]) {
                throw new OfflineException(Provider.SPOTIFY_API, null);
            }
            return new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(POPULARITY, 40)));
        });
        EnrichmentPipeline pipeline = new EnrichmentPipeline(db, queue, List.of(stage), clock);

        assertThat(pipeline.runDue().deferred()).isEqualTo(3);
        assertThat(pipeline.runDue()).as("nothing is due before the retry time").isEqualTo(new PipelineReport(0, 0,
                0, 0));
        online[0] = true;
        clock.advance(EnrichmentPipeline.OFFLINE_RETRY);
        assertThat(pipeline.runDue().done()).isEqualTo(3);
        assertThat(track(tracks.get(1)).getPopularity()).isEqualTo(40);
    }

    @Test
    void aScoutsOwnEditIsNeverOverwritten() {
        db.writeVoid(em -> {
            em.find(Track.class, tracks.get(0)).setLabel("Mara's own label");
            em.persist(new FieldProvenance(new FieldProvenance.Key(tracks.get(0), "label"), "manual", null,
                    clock.instant(), true));
        });
        var stage = new ScriptedStage(EnrichmentTier.SPOTIFY_METADATA, 50, f -> true,
                f -> new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(LABEL, "Columbia",
                        POPULARITY, 70))));
        new EnrichmentPipeline(db, queue, List.of(stage), clock).runDue();
        assertThat(track(tracks.get(0)).getLabel()).isEqualTo("Mara's own label");
        assertThat(track(tracks.get(0)).getPopularity()).isEqualTo(70);
        assertThat(track(tracks.get(1)).getLabel()).isEqualTo("Columbia");
        clock.advance(Duration.ofDays(1));
        assertThat(new EnrichmentPipeline(db, queue, List.of(stage), clock).runDue().done())
                .as("done runs are not run again").isZero();
    }

    @Test
    void eachTierRunsInItsOwnLanesSoASlowSourceHoldsUpOnlyItself() {
        CountDownLatch playerBusy = new CountDownLatch(1);
        CountDownLatch threePagesAtOnce = new CountDownLatch(3);
        AtomicBoolean isrcRanWhilePlayerBusy = new AtomicBoolean(true);
        AtomicBoolean pagesOverlapped = new AtomicBoolean(true);
        var isrc = new ScriptedStage(EnrichmentTier.ISRC, 1, f -> true, f -> {
            if (!await(playerBusy)) {
                isrcRanWhilePlayerBusy.set(false); // tier 0 would wait for ever if tiers ran one after another
            }
            return new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of()));
        });
        var player = new ScriptedStage(EnrichmentTier.WEB_PLAYER_CREDITS, 1, f -> true, f -> {
            playerBusy.countDown();
            threePagesAtOnce.countDown();
            if (!await(threePagesAtOnce)) {
                pagesOverlapped.set(false);
            }
            return new StageOutcome.Done(new TrackUpdate("webplayer", Map.of(SPOTIFY_STREAMS, 1000L)));
        });
        player.concurrency = 3;

        PipelineReport report = new EnrichmentPipeline(db, queue, List.of(isrc, player), clock).runDue();

        assertThat(report.done()).isEqualTo(6);
        assertThat(isrcRanWhilePlayerBusy).as("tier 0 ran alongside the web player, not before or after it").isTrue();
        assertThat(pagesOverlapped).as("the web player's three lanes held three pages at once").isTrue();
        assertThat(statuses(EnrichmentTier.WEB_PLAYER_CREDITS)).containsEntry(TierRunStatus.DONE, 3L);
    }

    @Test
    void aForcedRunGoesToItsSourceEvenWhenTheValuesAreFreshButOnlyOnce() {
        var stage = new ScriptedStage(EnrichmentTier.SPOTIFY_METADATA, 50, f -> false,
                f -> new StageOutcome.Done(new TrackUpdate("spotify-api", Map.of(POPULARITY, 55))));
        EnrichmentPipeline pipeline = new EnrichmentPipeline(db, queue, List.of(stage), clock);
        assertThat(pipeline.runDue().skipped()).as("fresh values are skipped").isEqualTo(3);

        queue.enqueue(tracks.subList(0, 1), List.of(EnrichmentTier.SPOTIFY_METADATA));
        assertThat(pipeline.runDue().skipped()).as("queued again, still fresh: skipped").isEqualTo(1);

        queue.enqueue(tracks.subList(0, 1), List.of(EnrichmentTier.SPOTIFY_METADATA), true);
        assertThat(pipeline.runDue().done()).as("the scout's re-enrich asks the source").isEqualTo(1);
        assertThat(track(tracks.get(0)).getPopularity()).isEqualTo(55);
        assertThat(stage.seen).containsExactly(tracks.get(0));

        queue.enqueue(tracks.subList(0, 1), List.of(EnrichmentTier.SPOTIFY_METADATA));
        assertThat(pipeline.runDue().skipped()).as("the force was used up by the run it forced").isEqualTo(1);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A stage answering from a function, counting its calls and the tracks it saw (thread-safe). */
    /** The values a stage may return, each with a value of its type and how the entity shows it. */
    private static final Map<TrackField<?>, Object> EVERY_FIELD = Map.ofEntries(
            Map.entry(ISRC, "GBAYE2400099"), Map.entry(LABEL, "Night Owl Records"),
            Map.entry(ALBUM_NAME, "Night Owl"), Map.entry(RELEASE_DATE, "2026-03-13"),
            Map.entry(DURATION_MS, 201_000), Map.entry(EXPLICIT, true), Map.entry(POPULARITY, 41),
            Map.entry(SPOTIFY_STREAMS, 123_456_789L), Map.entry(IMAGE_URL, "https://i.scdn.co/image/ab67"),
            Map.entry(P_LINE, "(P) 2026 Night Owl Records"), Map.entry(ARTIST_FOLLOWERS, 5_432L),
            Map.entry(ARTIST_POPULARITY, 33), Map.entry(ARTIST_GENRES, "bedroom pop, indie"),
            Map.entry(DANCEABILITY, 0.61), Map.entry(ENERGY, 0.72), Map.entry(VALENCE, 0.33),
            Map.entry(TEMPO, 121.5), Map.entry(ACOUSTICNESS, 0.12), Map.entry(INSTRUMENTALNESS, 0.01),
            Map.entry(SPEECHINESS, 0.05), Map.entry(LIVENESS, 0.18), Map.entry(LOUDNESS, -6.4),
            Map.entry(MUSICAL_KEY, 7), Map.entry(MUSICAL_MODE, 1), Map.entry(TIME_SIGNATURE, 4),
            Map.entry(YouTubeFields.VIDEO_ID, "nEoNhEaRt5s"), Map.entry(YouTubeFields.VIEWS, 1_284_409L),
            Map.entry(YouTubeFields.LIKES, 20_931L), Map.entry(YouTubeFields.COMMENTS, 842L),
            Map.entry(YouTubeFields.FOUND_BY, YouTubeFields.FOUND_BY_SEARCH),
            Map.entry(MlcFields.PUBLISHER_STATUS, PublisherStatus.INDIE),
            Map.entry(MlcFields.PUBLISHER_NAME, "Night Owl Songs"), Map.entry(MlcFields.PUBLISHER_SHARE, 62.5),
            Map.entry(MlcFields.ISWC, "T9123456780"), Map.entry(MlcFields.MLC_SONG_CODE, "NB7K2Q"),
            Map.entry(MlcFields.MLC_FOUND, true),
            Map.entry(ChartmetricFields.FOUND, true), Map.entry(ChartmetricFields.CHARTMETRIC_ID, 88_812_345L),
            Map.entry(ChartmetricFields.MOODS, "Energetic, Happy"),
            Map.entry(ChartmetricFields.ACTIVITIES, "Party"), Map.entry(ChartmetricFields.SONGWRITERS, "Mara Vell"),
            Map.entry(ChartmetricFields.SPOTIFY_STREAMS, 44_000L),
            Map.entry(ChartmetricFields.STREAMS_PER_DAY, 2_000.5),
            Map.entry(ChartmetricFields.YOUTUBE_VIEWS, 10_000L),
            Map.entry(ChartmetricFields.YOUTUBE_VIEWS_PER_DAY, 500.25),
            Map.entry(ChartmetricFields.TRACK_STAGE, "growing"),
            Map.entry(ChartmetricFields.SERIES_DATE, "2026-11-21"),
            Map.entry(ChartmetricFields.YOUTUBE_IDS, "nEoNhEaRt5s"),
            Map.entry(MusicBrainzFields.RECORDING_ID, "cb2cc207-8125-445c-9ef9-6ea44eee959a"),
            Map.entry(MusicBrainzFields.FOUND, true), Map.entry(MusicBrainzFields.SONGWRITERS, 2),
            Map.entry(MusicBrainzFields.ISWC, "T-101.690.320-9"));

    private static final Map<TrackField<?>, Function<Track, Object>> AS_READ = Map.ofEntries(
            Map.entry(ISRC, Track::getIsrc), Map.entry(LABEL, Track::getLabel),
            Map.entry(ALBUM_NAME, Track::getAlbumName), Map.entry(RELEASE_DATE, Track::getReleaseDate),
            Map.entry(DURATION_MS, Track::getDurationMs), Map.entry(EXPLICIT, Track::getExplicitContent),
            Map.entry(POPULARITY, Track::getPopularity), Map.entry(SPOTIFY_STREAMS, Track::getSpotifyStreams),
            Map.entry(IMAGE_URL, Track::getImageUrl), Map.entry(P_LINE, Track::getPLine),
            Map.entry(ARTIST_FOLLOWERS, t -> t.artistAudience().getFollowers()),
            Map.entry(ARTIST_POPULARITY, t -> t.artistAudience().getPopularity()),
            Map.entry(ARTIST_GENRES, t -> t.artistAudience().getGenres()),
            Map.entry(DANCEABILITY, t -> t.audioFeatures().getDanceability()),
            Map.entry(ENERGY, t -> t.audioFeatures().getEnergy()),
            Map.entry(VALENCE, t -> t.audioFeatures().getValence()),
            Map.entry(TEMPO, t -> t.audioFeatures().getTempo()),
            Map.entry(ACOUSTICNESS, t -> t.audioFeatures().getAcousticness()),
            Map.entry(INSTRUMENTALNESS, t -> t.audioFeatures().getInstrumentalness()),
            Map.entry(SPEECHINESS, t -> t.audioFeatures().getSpeechiness()),
            Map.entry(LIVENESS, t -> t.audioFeatures().getLiveness()),
            Map.entry(LOUDNESS, t -> t.audioFeatures().getLoudness()),
            Map.entry(MUSICAL_KEY, t -> t.audioFeatures().getMusicalKey()),
            Map.entry(MUSICAL_MODE, t -> t.audioFeatures().getMusicalMode()),
            Map.entry(TIME_SIGNATURE, t -> t.audioFeatures().getTimeSignature()),
            Map.entry(YouTubeFields.VIDEO_ID, t -> t.youTubeVideo().getVideoId()),
            Map.entry(YouTubeFields.VIEWS, Track::getYoutubeViews),
            Map.entry(YouTubeFields.LIKES, t -> t.youTubeVideo().getLikes()),
            Map.entry(YouTubeFields.COMMENTS, t -> t.youTubeVideo().getComments()),
            Map.entry(YouTubeFields.FOUND_BY, t -> t.youTubeVideo().getFoundBy()),
            Map.entry(MlcFields.PUBLISHER_STATUS, Track::getPublisherStatus),
            Map.entry(MlcFields.PUBLISHER_NAME, Track::getPublisherName),
            Map.entry(MlcFields.PUBLISHER_SHARE, t -> t.mlcRegistration().getPublisherShare()),
            Map.entry(MlcFields.ISWC, t -> t.mlcRegistration().getIswc()),
            Map.entry(MlcFields.MLC_SONG_CODE, t -> t.mlcRegistration().getSongCode()),
            Map.entry(MlcFields.MLC_FOUND, t -> t.mlcRegistration().getFound()),
            Map.entry(ChartmetricFields.FOUND, t -> t.chartmetric().getFound()),
            Map.entry(ChartmetricFields.CHARTMETRIC_ID, t -> t.chartmetric().getChartmetricId()),
            Map.entry(ChartmetricFields.MOODS, t -> t.chartmetric().getMoods()),
            Map.entry(ChartmetricFields.ACTIVITIES, t -> t.chartmetric().getActivities()),
            Map.entry(ChartmetricFields.SONGWRITERS, t -> t.chartmetric().getSongwriters()),
            Map.entry(ChartmetricFields.SPOTIFY_STREAMS, t -> t.chartmetric().getSpotifyStreams()),
            Map.entry(ChartmetricFields.STREAMS_PER_DAY, t -> t.chartmetric().getStreamsPerDay()),
            Map.entry(ChartmetricFields.YOUTUBE_VIEWS, t -> t.chartmetric().getYoutubeViews()),
            Map.entry(ChartmetricFields.YOUTUBE_VIEWS_PER_DAY, t -> t.chartmetric().getYoutubeViewsPerDay()),
            Map.entry(ChartmetricFields.TRACK_STAGE, t -> t.chartmetric().getTrackStage()),
            Map.entry(ChartmetricFields.SERIES_DATE, t -> t.chartmetric().getSeriesDate()),
            Map.entry(ChartmetricFields.YOUTUBE_IDS, t -> t.chartmetric().getYoutubeIds()),
            Map.entry(MusicBrainzFields.RECORDING_ID, t -> t.musicBrainz().getRecordingId()),
            Map.entry(MusicBrainzFields.FOUND, t -> t.musicBrainz().getFound()),
            Map.entry(MusicBrainzFields.SONGWRITERS, t -> t.musicBrainz().getSongwriters()),
            Map.entry(MusicBrainzFields.ISWC, t -> t.musicBrainz().getIswc()));

    /** Values are written with JDBC by column name: every field a stage may return must land in its entity field. */
    @Test
    void everyFieldAStageMayReturnIsWrittenToItsColumnAndTheTrackVersionMoves() {
        assertThat(EVERY_FIELD.keySet()).as("a field a tier finds needs a value here")
                .containsExactlyInAnyOrderElementsOf(TrackFields.foundByTiers()).isEqualTo(AS_READ.keySet());
        long id = tracks.get(0);
        long versionBefore = db.read(em -> em.createQuery("select t.version from Track t where t.id = :id",
                Long.class).setParameter("id", id).getSingleResult());
        var metadata = new ScriptedStage(EnrichmentTier.SPOTIFY_METADATA, 50, f -> f.trackId() == id,
                f -> new StageOutcome.Done(new TrackUpdate("spotify-api", EVERY_FIELD)));

        new EnrichmentPipeline(db, queue, List.of(metadata), clock).runDue();

        Track t = track(id);
        EVERY_FIELD.forEach((field, value) -> assertThat(AS_READ.get(field).apply(t)).as(field.name())
                .isEqualTo(value));
        assertThat(t.getUpdatedAt()).isEqualTo(clock.instant());
        assertThat(db.<Long>read(em -> em.createQuery("select t.version from Track t where t.id = :id", Long.class)
                .setParameter("id", id).getSingleResult())).isGreaterThan(versionBefore);
        assertThat(db.<Long>read(em -> em.createQuery("select count(p) from FieldProvenance p where p.key.trackId = "
                + ":id and p.source = 'spotify-api' and p.tier = 1", Long.class).setParameter("id", id)
                .getSingleResult())).isEqualTo(EVERY_FIELD.size());
    }

    static final class ScriptedStage implements EnrichmentStage {
        final EnrichmentTier tier;
        final int batchSize;
        final Predicate<TrackFacts> needs;
        final Function<TrackFacts, StageOutcome> answer;
        int calls;
        int concurrency = 1;
        int claimSize;
        String lane;
        final List<Long> seen = Collections.synchronizedList(new ArrayList<>());

        ScriptedStage(EnrichmentTier tier, int batchSize, Predicate<TrackFacts> needs,
                      Function<TrackFacts, StageOutcome> answer) {
            this.tier = tier;
            this.batchSize = batchSize;
            this.needs = needs;
            this.answer = answer;
            this.claimSize = batchSize;
        }

        @Override
        public int claimSize() {
            return claimSize;
        }

        @Override
        public String id() {
            return "scripted-" + tier.number();
        }

        @Override
        public EnrichmentTier tier() {
            return tier;
        }

        @Override
        public int batchSize() {
            return batchSize;
        }

        @Override
        public int concurrency() {
            return concurrency;
        }

        @Override
        public String lane() {
            return lane == null ? id() : lane;
        }

        @Override
        public boolean needs(TrackFacts track) {
            return needs.test(track);
        }

        @Override
        public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
            synchronized (this) {
                calls++;
            }
            Map<Long, StageOutcome> out = new HashMap<>();
            for (TrackFacts f : batch) {
                seen.add(f.trackId());
                out.put(f.trackId(), answer.apply(f));
            }
            return out;
        }
    }
}

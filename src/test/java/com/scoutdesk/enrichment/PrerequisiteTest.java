package com.scoutdesk.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.enrichment.fields.IsrcFields;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stage that reads a lower tier's answer (MusicBrainz reads the ISRC of tier 0) gets each track once that tier
 * has settled for it, within the same pass, while the two providers still work side by side.
 */
class PrerequisiteTest extends QueuedTracksFixture {

    private static final int TRACKS = 6;

    /** Tier 0 in its own lane: finds an ISRC for each track, slowly, and notes when it finished each. */
    private final class SlowIsrcStage implements EnrichmentStage {
        final List<Long> finishedAt = new CopyOnWriteArrayList<>();

        @Override
        public String id() {
            return "slow-isrc";
        }

        @Override
        public EnrichmentTier tier() {
            return EnrichmentTier.ISRC;
        }

        @Override
        public int batchSize() {
            return 1;
        }

        @Override
        public boolean needs(TrackFacts track) {
            return true;
        }

        @Override
        public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
            sleep(60);
            finishedAt.add(System.nanoTime());
            return batch.stream().collect(Collectors.toMap(TrackFacts::trackId, f -> new StageOutcome.Done(
                    TrackUpdate.from("test").found(IsrcFields.ISRC, String.format("USRC1%07d", f.trackId()))
                            .build())));
        }
    }

    /** Tier 4 in another lane: records the ISRC each track had when it was asked, and when it was first asked. */
    private static final class IsrcReadingStage implements EnrichmentStage {
        final Map<Long, String> isrcSeen = new ConcurrentHashMap<>();
        final List<Long> askedAt = new CopyOnWriteArrayList<>();
        private final Set<EnrichmentTier> prerequisites;

        IsrcReadingStage(Set<EnrichmentTier> prerequisites) {
            this.prerequisites = prerequisites;
        }

        @Override
        public String id() {
            return "reads-isrc";
        }

        @Override
        public EnrichmentTier tier() {
            return EnrichmentTier.MUSICBRAINZ;
        }

        @Override
        public Set<EnrichmentTier> prerequisites() {
            return prerequisites;
        }

        @Override
        public int batchSize() {
            return 1;
        }

        @Override
        public boolean needs(TrackFacts track) {
            return true;
        }

        @Override
        public Map<Long, StageOutcome> enrich(List<TrackFacts> batch) {
            askedAt.add(System.nanoTime());
            batch.forEach(f -> isrcSeen.put(f.trackId(), String.valueOf(f.get(IsrcFields.ISRC))));
            return batch.stream().collect(Collectors.toMap(TrackFacts::trackId,
                    f -> new StageOutcome.NotApplicable("nothing to find in a test")));
        }
    }

    @BeforeEach
    void queueTracks() {
        for (int i = 0; i < TRACKS; i++) {
            addTrack(t -> { });
        }
        queue.enqueue(tracks, List.of(EnrichmentTier.ISRC, EnrichmentTier.MUSICBRAINZ));
    }

    @Test
    void aStageGetsEachTrackOnceItsPrerequisiteAnsweredWithinOnePassAndSideBySide() {
        SlowIsrcStage isrc = new SlowIsrcStage();
        IsrcReadingStage reader = new IsrcReadingStage(Set.of(EnrichmentTier.ISRC));

        PipelineReport report = new EnrichmentPipeline(db, queue, List.of(isrc, reader), clock).runDue();

        assertThat(report.done()).isEqualTo(TRACKS);
        assertThat(report.skipped()).as("the not-applicable answers").isEqualTo(TRACKS);
        assertThat(reader.isrcSeen).hasSize(TRACKS).allSatisfy((track, seen) ->
                assertThat(seen).as("track %d", track).startsWith("USRC1"));
        assertThat(reader.askedAt.get(0)).as("the second lane began before the first had finished every track")
                .isLessThan(isrc.finishedAt.get(TRACKS - 1));
        assertThat(statuses(EnrichmentTier.MUSICBRAINZ)).containsOnly(TierRunStatus.NOT_APPLICABLE);
    }

    @Test
    void aLaneWaitsUntilTheOtherLanesAnswersAreCommittedNotOnlyUntilItsWorkersEnd() throws Exception {
        SlowIsrcStage isrc = new SlowIsrcStage();
        IsrcReadingStage reader = new IsrcReadingStage(Set.of(EnrichmentTier.ISRC));
        EnrichmentPipeline pipeline = new EnrichmentPipeline(db, queue, List.of(isrc, reader), clock);
        // The first commit's listener is slow: tier 0's worker hands over its last batches and ends long before its
        // writer commits them, and until then those tracks' ISRC runs are still waiting in the database.
        AtomicBoolean first = new AtomicBoolean(true);
        try (AutoCloseable slowWriter = pipeline.subscribe(outcome -> {
            if (outcome.tier() == EnrichmentTier.ISRC.number() && first.getAndSet(false)) {
                sleep(800);
            }
        })) {
            pipeline.runDue();
        }

        assertThat(reader.isrcSeen).as("every track read in the same pass, once its ISRC was committed")
                .hasSize(TRACKS).allSatisfy((track, seen) -> assertThat(seen).startsWith("USRC1"));
        assertThat(statuses(EnrichmentTier.MUSICBRAINZ)).containsOnly(TierRunStatus.NOT_APPLICABLE);
    }

    @Test
    void aStageKeepsWaitingWhileThePrerequisiteLanesLastAnswersAreStillBeingWritten() {
        SlowIsrcStage isrc = new SlowIsrcStage();
        IsrcReadingStage reader = new IsrcReadingStage(Set.of(EnrichmentTier.ISRC));
        // Slow commits: tier 0 has asked about every track long before its answers are all in the database.
        ScoreRefresh slowWrites = (em, pending) -> {
            sleep(300);
            return Map.of();
        };

        new EnrichmentPipeline(db, queue, List.of(isrc, reader), clock, slowWrites).runDue();

        assertThat(reader.isrcSeen).as("every track, in this pass").hasSize(TRACKS);
        assertThat(statuses(EnrichmentTier.MUSICBRAINZ)).containsOnly(TierRunStatus.NOT_APPLICABLE);
    }

    @Test
    void withoutThePrerequisiteTheStageReadsTheTrackAsItIs() {
        IsrcReadingStage reader = new IsrcReadingStage(Set.of());

        new EnrichmentPipeline(db, queue, List.of(new SlowIsrcStage(), reader), clock).runDue();

        assertThat(reader.isrcSeen.values()).as("asked at once, before tier 0 found anything").contains("null");
    }

    @Test
    void aPrerequisiteNothingConfiguredRunsIsNotWaitedFor() {
        IsrcReadingStage reader = new IsrcReadingStage(Set.of(EnrichmentTier.ISRC));

        PipelineReport report = new EnrichmentPipeline(db, queue, List.of(reader), clock).runDue();

        assertThat(report.skipped()).isEqualTo(TRACKS);
        assertThat(reader.isrcSeen.values()).containsOnly("null");
        assertThat(statuses(EnrichmentTier.ISRC)).containsOnly(TierRunStatus.PENDING);
    }

    private List<TierRunStatus> statuses(EnrichmentTier tier) {
        return db.read(em -> em.createQuery("select r.status from TierRun r where r.tier = :t", TierRunStatus.class)
                .setParameter("t", tier.number()).getResultList());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

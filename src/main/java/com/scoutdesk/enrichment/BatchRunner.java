package com.scoutdesk.enrichment;

import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.persistence.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one claimed batch through its stage: reads the tracks' facts, skips the runs whose tracks are complete and
 * fresh (unless forced), asks the stage about the others a part of {@link EnrichmentStage#batchSize()} at a time,
 * and turns what the source said (or could not say) into an outcome for every run. Writes nothing: the lane's
 * writer does.
 */
final class BatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    private final Database db;
    private final Clock clock;
    private final OfflineSources offline;
    private final TimingTotals timings;
    private final BooleanSupplier stopping;

    BatchRunner(Database db, Clock clock, OfflineSources offline, TimingTotals timings, BooleanSupplier stopping) {
        this.db = db;
        this.clock = clock;
        this.offline = offline;
        this.timings = timings;
        this.stopping = stopping;
    }

    BatchOutcomes run(EnrichmentStage stage, List<QueuedRun> batch) {
        long loadStart = System.nanoTime();
        Map<Long, TrackFacts> facts = load(batch);
        timings.read(System.nanoTime() - loadStart);
        Map<QueuedRun, StageOutcome> outcomes = new HashMap<>();
        List<TrackFacts> needed = new ArrayList<>();
        for (QueuedRun run : batch) {
            TrackFacts f = facts.get(run.trackId());
            if (f != null && (run.forced() || stage.needs(f))) {
                needed.add(f);
            } else {
                outcomes.put(run, new StageOutcome.Skipped("already complete and fresh"));
            }
        }
        Map<Long, StageOutcome> results = new HashMap<>();
        Map<Long, Long> durations = new HashMap<>();
        ask(stage, needed, results, durations);
        for (QueuedRun run : batch) {
            if (!outcomes.containsKey(run)) {
                outcomes.put(run, results.getOrDefault(run.trackId(),
                        new StageOutcome.Failed("the " + stage.tier().title() + " stage gave no result")));
            }
        }
        return new BatchOutcomes(outcomes, durations);
    }

    /**
     * Asks the stage about {@code needed}, part by part, until all are answered or the source is offline or
     * rate-limited, which defers every track not yet asked about (the ones before keep their answers).
     */
    private void ask(EnrichmentStage stage, List<TrackFacts> needed, Map<Long, StageOutcome> results,
                     Map<Long, Long> durations) {
        int size = Math.max(1, stage.batchSize());
        for (int from = 0; from < needed.size(); from += size) {
            List<TrackFacts> part = needed.subList(from, Math.min(needed.size(), from + size));
            List<TrackFacts> rest = needed.subList(from, needed.size());
            if (stopping.getAsBoolean()) {
                results.putAll(all(rest, new StageOutcome.Deferred(clock.instant(), "stopped before its turn; it "
                        + "runs on the next pass")));
                return;
            }
            long stageStart = System.nanoTime();
            try {
                results.putAll(stage.enrich(part));
                offline.reachable(stage);
            } catch (OfflineException e) {
                OfflineSources.Deferral deferral = offline.unreachable(stage, e);
                results.putAll(all(rest, new StageOutcome.Deferred(deferral.retryAt(), deferral.reason())));
                return;
            } catch (RateLimitedException e) {
                results.putAll(all(rest, new StageOutcome.Deferred(e.retryAt(), e.getMessage())));
                return;
            } catch (RuntimeException e) {
                LOG.warn("Stage {} failed for a batch of {}", stage.id(), part.size(), e);
                results.putAll(all(part, new StageOutcome.Failed(e.getMessage() == null ? e.toString()
                        : e.getMessage())));
            } finally {
                long spent = System.nanoTime() - stageStart;
                timings.stage(spent);
                // A stage answers for a whole part and does not say what each track cost: one request for a batch
                // call, one request per track in turn otherwise. So each track of the part gets an equal share of
                // the part's time: its fair share of a batch request, and exactly its own time for a stage that asks
                // about one track per part (batch size 1: the web player, or the Web API without batch look-ups).
                long shareMs = Math.round(spent / 1e6 / part.size());
                part.forEach(track -> durations.put(track.trackId(), shareMs));
            }
        }
    }

    private Map<Long, TrackFacts> load(List<QueuedRun> batch) {
        List<Long> ids = batch.stream().map(QueuedRun::trackId).toList();
        return db.readJdbc(c -> TrackFactsReader.read(c, ids));
    }

    private static Map<Long, StageOutcome> all(List<TrackFacts> tracks, StageOutcome outcome) {
        Map<Long, StageOutcome> out = new HashMap<>();
        tracks.forEach(t -> out.put(t.trackId(), outcome));
        return out;
    }
}

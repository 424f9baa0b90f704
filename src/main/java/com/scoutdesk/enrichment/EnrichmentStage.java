package com.scoutdesk.enrichment;

import com.scoutdesk.model.EnrichmentTier;
import java.util.Map;
import java.util.Set;

/**
 * One enrichment tier, as a small module: a stable id, its tier, a batch size, {@link #needs} to skip what is
 * complete and fresh, and {@link #enrich} for a batch. The pipeline, not the stage, decides when it runs, and writes
 * what it returns. A stage may throw a provider exception for the whole batch; the pipeline tells offline and
 * rate limits (deferred) from failures.
 */
public interface EnrichmentStage {

    String id();

    EnrichmentTier tier();

    /** How many tracks one {@link #enrich} call takes (e.g. 50 where the API has batch look-ups, else 1). */
    int batchSize();

    /**
     * How many runs the pipeline claims and commits at once, in {@link #enrich} calls of {@link #batchSize()} each.
     * More than the batch size spares a transaction per track where every track costs its own request anyway; a
     * rate limit or lost network part-way defers only the runs not yet asked about. By default, one batch.
     */
    default int claimSize() {
        return batchSize();
    }

    /**
     * Stages with the same lane share lanes and run in tier order there: stages of one rate-limited provider gain
     * nothing from running side by side, and a later tier then finds what the earlier one fetched (in the client's
     * cache). By default every stage has a lane of its own.
     */
    default String lane() {
        return id();
    }

    /**
     * How many batches of this stage may run at once: 1 for a rate-limited API (more would only queue at its
     * limiter), the page pool's size for the web player.
     */
    default int concurrency() {
        return 1;
    }

    /**
     * Lower tiers whose answers this stage reads (the ISRC of tier 0, the writers of tier 2, ...). A track's run of
     * this stage waits until its runs of those tiers have settled (done, not applicable, or failed for good), where
     * something configured runs them; within a pass the stage keeps claiming while other lanes are still answering
     * them, so providers still work side by side.
     */
    default Set<EnrichmentTier> prerequisites() {
        return Set.of();
    }

    /** False when the track already has what this stage would find. */
    boolean needs(TrackFacts track);

    /** An outcome for every track of the batch, by track id; a track left out counts as failed. */
    Map<Long, StageOutcome> enrich(java.util.List<TrackFacts> batch);
}

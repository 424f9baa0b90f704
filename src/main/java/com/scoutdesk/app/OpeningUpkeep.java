package com.scoutdesk.app;

import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.service.ScoreService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What opening a writable workspace puts right before anything else runs: scores from an older weight table,
 * enrichment runs a crash or a kill left "running", and the runs of tiers the tracks do not have yet. A workspace that can only be read is left as it is.
 */
final class OpeningUpkeep {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private OpeningUpkeep() {
    }

    static void rescoreIfTableChanged(ScoreService scores, SettingsRepository settings, boolean readOnly) {
        int rescored = readOnly ? 0 : scores.recomputeIfTableChanged(settings);
        if (rescored > 0) {
            LOG.info("The score's weight table changed: {} tracks re-scored", rescored);
        }
    }

    static void requeueInterrupted(TierRunQueue queue, boolean readOnly) {
        int recovered = readOnly ? 0 : queue.recoverInterrupted();
        if (recovered > 0) {
            LOG.info("{} enrichment runs interrupted last time are queued again", recovered);
        }
    }

    /** A tier registered since the tracks were fetched gets its runs now, for the tracks already here too. */
    static void queueNewTiers(TierRunQueue queue, EnrichmentPipeline pipeline, boolean readOnly) {
        int backfilled = readOnly ? 0 : queue.queueMissing(pipeline.tiers());
        if (backfilled > 0) {
            LOG.info("{} enrichment runs queued for tiers new to tracks", backfilled);
        }
    }
}

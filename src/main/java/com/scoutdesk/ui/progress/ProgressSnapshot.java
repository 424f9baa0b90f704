package com.scoutdesk.ui.progress;

import com.scoutdesk.service.EnrichmentProgress;
import com.scoutdesk.service.EnrichmentStatus;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * One background answer: the queue's status (waits, configured tiers, paused) and the batch's progress, how long
 * the database took to give it, and the queue's change mark it was read at (empty when it could not be told).
 */
record ProgressSnapshot(EnrichmentStatus status, EnrichmentProgress progress, Duration took, OptionalLong mark) {

    /** Whether the queue still holds work of the tiers something configured can run. */
    boolean hasWork() {
        return progress.outstandingTracks() > 0;
    }

    /** The same answer with the pause flag as it is now (kept in memory, not in the queue). */
    ProgressSnapshot again(boolean paused, Duration took) {
        EnrichmentStatus s = status;
        return new ProgressSnapshot(new EnrichmentStatus(s.counts(), s.waits(), s.problems(), s.configured(), paused),
                progress, took, mark);
    }
}

package com.scoutdesk.ui.progress;

import com.scoutdesk.service.EnrichmentProgress;
import com.scoutdesk.service.EnrichmentStatus;
import java.time.Duration;

/**
 * One background answer: the queue's status (waits, configured tiers, paused) and the batch's progress, and how long
 * the database took to give it.
 */
record ProgressSnapshot(EnrichmentStatus status, EnrichmentProgress progress, Duration took) {

    /** Whether the queue still holds work of the tiers something configured can run. */
    boolean hasWork() {
        return progress.outstandingTracks() > 0;
    }
}

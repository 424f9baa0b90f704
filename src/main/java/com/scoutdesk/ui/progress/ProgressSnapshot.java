package com.scoutdesk.ui.progress;

import com.scoutdesk.service.EnrichmentProgress;
import com.scoutdesk.service.EnrichmentStatus;

/** One background answer: the queue's status (waits, configured tiers, paused) and the batch's progress. */
record ProgressSnapshot(EnrichmentStatus status, EnrichmentProgress progress) {

    /** Whether the queue still holds work of the tiers something configured can run. */
    boolean hasWork() {
        return progress.outstandingTracks() > 0;
    }
}

package com.scoutdesk.enrichment;

import java.time.Instant;

/** What a stage did for one track. */
public sealed interface StageOutcome {

    /** Values found; the run is done. */
    record Done(TrackUpdate update) implements StageOutcome {
    }

    /** Nothing to do: complete and fresh already. */
    record Skipped(String why) implements StageOutcome {
    }

    /** A failure of this track's run; retried with backoff. */
    record Failed(String message) implements StageOutcome {
    }

    /** Not now (offline, rate-limited): retried at {@code retryAt} without counting an attempt. */
    record Deferred(Instant retryAt, String reason) implements StageOutcome {
    }

    /**
     * The tier has nothing to look up for this track (no ISRC to ask by, no video found): not a failure, not retried
     * until the scout forces it. Says nothing about the track being unsigned.
     */
    record NotApplicable(String why) implements StageOutcome {
    }

    /** The provider's plan does not serve what this tier needs; asked again at {@code recheckAt}. */
    record NotOnPlan(Instant recheckAt, String why) implements StageOutcome {
    }
}

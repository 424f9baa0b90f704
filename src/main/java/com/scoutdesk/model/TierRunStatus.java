package com.scoutdesk.model;

/** State of one enrichment tier for one track; the tier_run table is the durable queue. */
public enum TierRunStatus {
    PENDING, RUNNING, DONE, FAILED, SKIPPED, DEFERRED
}

package com.scoutdesk.model;

/**
 * State of one enrichment tier for one track; the tier_run table is the durable queue. {@code NOT_APPLICABLE}: the
 * tier has nothing to look up for this track (no ISRC, no video), asked again only when forced. {@code NOT_ON_PLAN}:
 * the provider's plan does not serve it; asked again after the recheck time, like a deferred run. "Not configured" is
 * not a stored state: it is read from the configuration (a tier without credentials keeps its runs pending).
 */
public enum TierRunStatus {
    PENDING, RUNNING, DONE, FAILED, SKIPPED, DEFERRED, NOT_APPLICABLE, NOT_ON_PLAN
}

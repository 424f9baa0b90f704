package com.scoutdesk.enrichment;

import com.scoutdesk.model.TierRunStatus;

/** How many runs of a tier are in a status. */
public record QueueCount(int tier, TierRunStatus status, long runs) {
}

package com.scoutdesk.service;

import com.scoutdesk.model.TierRunStatus;

/** How many runs of a tier are in a status. */
public record TierRunCount(int tier, TierRunStatus status, long runs) {
}

package com.scoutdesk.service;

import com.scoutdesk.model.TierRunStatus;
import java.time.Instant;

/** A failed or deferred run: which track and tier, why, and when it is tried again (null: not planned). */
public record TierRunProblem(String spotifyId, String trackName, int tier, TierRunStatus status, int attempts,
                             Instant nextAttemptAt, String reason) {
}

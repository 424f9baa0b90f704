package com.scoutdesk.service;

import java.time.Instant;

/**
 * Deferred runs of a tier that wait for the same reason (a source offline or rate-limited), and the next try.
 *
 * @param reason   null when the runs gave none
 * @param nextTry  null when they are tried at the next pass
 */
public record TierRunWait(int tier, String reason, Instant nextTry, long runs) {
}

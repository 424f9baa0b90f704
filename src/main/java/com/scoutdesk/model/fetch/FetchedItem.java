package com.scoutdesk.model.fetch;

import java.time.Instant;

/**
 * One item of a playlist at a position (1-based).
 *
 * @param addedAt when the curator added it, if the source says
 */
public record FetchedItem(int position, FetchedTrack track, Instant addedAt) {
}

package com.scoutdesk.service;

import com.scoutdesk.model.AlertKind;
import java.time.Instant;

/**
 * One in-app alert as the notification list and {@code scoutdesk alerts} show it.
 *
 * @param playlistId  the playlist it is about (a new editorial entry), or null
 * @param trackName   the track's name, for the list's second line
 * @param dismissedAt null until the scout dismisses it
 */
public record AlertRow(long id, AlertKind kind, long trackId, Long playlistId, String trackName, String message,
                       Instant occurredAt, Instant dismissedAt) {
}

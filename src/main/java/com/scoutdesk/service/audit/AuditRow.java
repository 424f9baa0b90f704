package com.scoutdesk.service.audit;

/**
 * One checked row of a Spotify metadata audit file.
 *
 * @param line       the row's line number in the file, for messages
 * @param trackId    the workspace's track id
 * @param spotifyId  the track's Spotify id, which must match the stored one
 * @param popularity 0-100, or null when the cell was empty (keep the stored value)
 * @param isrc       the canonical ISRC, or null when the cell was empty (keep the stored value)
 */
public record AuditRow(long line, long trackId, String spotifyId, Integer popularity, String isrc) {
}

package com.scoutdesk.service.trends;

/**
 * A track whose first playlist appearance is the week shown.
 *
 * @param playlists the names of the playlists it stands on that week, by name, comma separated
 * @param streams   its streams in that week's snapshot; null when it has none
 */
public record NewTrack(long trackId, String title, String artists, String playlists, Long streams) {
}

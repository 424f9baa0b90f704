package com.scoutdesk.service;

import java.time.LocalDate;

/**
 * One week a track stood on one playlist.
 *
 * @param position its place on the playlist that week; null when the fetch did not say
 */
public record PlaylistAppearance(LocalDate week, String playlistName, Integer position) {
}

package com.scoutdesk.service;

import java.time.LocalDate;

/**
 * A track's streams and YouTube views as captured for one week.
 *
 * @param streams      null when no source gave a play count that week
 * @param youtubeViews null when no source gave views that week
 * @param gap          the week was not captured on time, so the value was carried over or is missing
 */
public record WeeklySnapshot(LocalDate week, Long streams, Long youtubeViews, boolean gap) {
}

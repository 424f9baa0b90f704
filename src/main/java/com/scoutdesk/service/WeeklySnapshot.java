package com.scoutdesk.service;

import java.time.LocalDate;

/**
 * A track's streams and YouTube views as captured for one week: a point of the details drawer's chart.
 *
 * @param streams       null when no source gave a play count that week
 * @param youtubeViews  null when no source gave views that week
 * @param gap           the week was not captured on time, so the value was carried over or is missing
 * @param streamsStale  the streams' refresh failed that week: the value is the last one known, carried over
 * @param viewsStale    the same for the views
 * @param wowStreamsPct the stored week-over-week change of the streams in percent; null when not known or stale
 * @param wowViewsPct   the same for the views
 */
public record WeeklySnapshot(LocalDate week, Long streams, Long youtubeViews, boolean gap, boolean streamsStale,
                             boolean viewsStale, Double wowStreamsPct, Double wowViewsPct) {

    /** A snapshot without stale marks or changes (the shape before issue 16). */
    public WeeklySnapshot(LocalDate week, Long streams, Long youtubeViews, boolean gap) {
        this(week, streams, youtubeViews, gap, false, false, null, null);
    }
}

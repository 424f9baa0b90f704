package com.scoutdesk.service.trends;

import java.time.LocalDate;

/**
 * One week of a track's chart: the values the snapshot stored, with its week-over-week change and its marks.
 *
 * @param streamsStale the streams were carried over from an earlier week (the refresh failed)
 * @param viewsStale   the same for the YouTube views
 * @param gap          the snapshot was late or compares with an older week ({@code gapWeeks} apart)
 */
public record SeriesPoint(LocalDate week, Long streams, Long views, Long wowStreams, Double wowStreamsPct,
                          Long wowViews, Double wowViewsPct, boolean gap, Integer gapWeeks, boolean streamsStale,
                          boolean viewsStale) {
}

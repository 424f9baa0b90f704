package com.scoutdesk.service.trends;

/**
 * A track's week-over-week change in one week, as the weekly snapshot stored it (never recomputed here).
 *
 * @param previousStreams the streams of the track's snapshot before this week; null when none
 * @param wowStreamsPct   the stored change in percent; null when stale or not known
 * @param streamsStale    the refresh failed this week: {@code streams} is the last value known, carried over
 * @param gap             the snapshot was not taken on time or compares with an older week ({@code gapWeeks} apart)
 */
public record Mover(long trackId, String title, String artists,
                    Long previousStreams, Long streams, Long wowStreams, Double wowStreamsPct, boolean streamsStale,
                    Long previousViews, Long views, Long wowViews, Double wowViewsPct, boolean viewsStale,
                    boolean gap, Integer gapWeeks) {
}

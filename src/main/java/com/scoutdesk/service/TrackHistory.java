package com.scoutdesk.service;

import java.util.List;

/**
 * What happened to a track over time, for its details: the weeks it stood on playlists, the weekly streams and views
 * captured, and the activity log's lines about it.
 *
 * @param appearances newest week first, then by playlist name
 * @param snapshots   oldest week first (the order a chart draws them in); empty until weekly snapshots exist
 * @param activity    newest first, at most {@link TrackHistoryService#ACTIVITY_LIMIT} lines
 * @param people      the links of everyone credited on the track, by name
 */
public record TrackHistory(List<PlaylistAppearance> appearances, List<WeeklySnapshot> snapshots,
                           List<ActivityRow> activity, List<PersonLinks> people) {

    public TrackHistory {
        appearances = List.copyOf(appearances);
        snapshots = List.copyOf(snapshots);
        activity = List.copyOf(activity);
        people = List.copyOf(people);
    }
}

package com.scoutdesk.integration.chartmetric;

import java.util.List;

/**
 * What {@code /api/track/{id}} says about a track, as far as ScoutDesk reads it. Lists are empty when Chartmetric
 * lists nothing (or uses a field name we do not know: see {@link ChartmetricTrackJson}).
 *
 * @param songwriters  songwriters' names
 * @param composers    composers' names ({@code composer_name})
 * @param spotifyStreams {@code cm_statistics.sp_streams}, or null
 */
public record ChartmetricTrack(long id, String name, String isrc, List<String> moods, List<String> activities,
                               List<String> songwriters, List<String> composers, Long spotifyStreams) {

    public ChartmetricTrack {
        moods = List.copyOf(moods);
        activities = List.copyOf(activities);
        songwriters = List.copyOf(songwriters);
        composers = List.copyOf(composers);
    }
}

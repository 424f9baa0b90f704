package com.scoutdesk.integration.chartmetric;

import java.util.List;

/**
 * What {@code /api/track/isrc/{isrc}/get-ids} says a recording is called on the platforms Chartmetric follows.
 *
 * @param chartmetricIds Chartmetric's track ids, never empty (an answer without one is "not found")
 */
public record ChartmetricIds(String isrc, List<Long> chartmetricIds, List<String> spotifyIds,
                             List<String> youtubeIds) {

    public ChartmetricIds {
        chartmetricIds = List.copyOf(chartmetricIds);
        spotifyIds = List.copyOf(spotifyIds);
        youtubeIds = List.copyOf(youtubeIds);
        if (chartmetricIds.isEmpty()) {
            throw new IllegalArgumentException("at least one Chartmetric id");
        }
    }

    /** The id to ask about: the first listed. */
    public long chartmetricId() {
        return chartmetricIds.get(0);
    }
}

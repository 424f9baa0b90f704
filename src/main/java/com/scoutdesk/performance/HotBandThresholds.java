package com.scoutdesk.performance;

import com.scoutdesk.model.HotBand;

/**
 * Where a contact's hot-lead band starts, set by the scout ({@code performance.band.*} in scoutdesk.properties).
 * Active: over {@code activeStreams} total streams or over {@code activeGrowthPct} average weekly growth; else Watch:
 * from {@code watchStreams} streams or over {@code watchGrowthPct} growth; else Discovery.
 */
public record HotBandThresholds(long watchStreams, long activeStreams, double watchGrowthPct, double activeGrowthPct) {

    /** Under 100K streams Discovery; 100K-1M or over 20% a week Watch; over 1M or over 50% a week Active. */
    public static final HotBandThresholds DEFAULT = new HotBandThresholds(100_000, 1_000_000, 20.0, 50.0);

    public HotBandThresholds {
        if (watchStreams < 0 || activeStreams < watchStreams) {
            throw new IllegalArgumentException("The stream thresholds must be 0 or more, and Active's at least "
                    + "Watch's (were " + watchStreams + " and " + activeStreams + ")");
        }
        if (activeGrowthPct < watchGrowthPct) {
            throw new IllegalArgumentException("Active's growth threshold must be at least Watch's (were "
                    + watchGrowthPct + "% and " + activeGrowthPct + "%)");
        }
    }

    /**
     * The band of a contact with these aggregates; null when neither is known (nothing to judge by is not
     * Discovery).
     */
    public HotBand band(Long totalStreams, Double avgGrowthPct) {
        if (totalStreams == null && avgGrowthPct == null) {
            return null;
        }
        long streams = totalStreams == null ? 0 : totalStreams;
        double growth = avgGrowthPct == null ? Double.NEGATIVE_INFINITY : avgGrowthPct;
        if (streams > activeStreams || growth > activeGrowthPct) {
            return HotBand.ACTIVE;
        }
        if (streams >= watchStreams || growth > watchGrowthPct) {
            return HotBand.WATCH;
        }
        return HotBand.DISCOVERY;
    }
}

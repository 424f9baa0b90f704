package com.scoutdesk.enrichment.stages;

import java.util.Locale;

/**
 * Where a song stands, computed locally from its Spotify stream total and growth per day (Chartmetric itself returns
 * no such stage; a third-party client derived one the same way). The thresholds live here and nowhere else:
 * <ul>
 *   <li>{@link #ESTABLISHED}: {@value #ESTABLISHED_STREAMS} streams or more, whatever the growth;</li>
 *   <li>{@link #GROWING}: under that, gaining {@value #GROWING_PER_DAY} streams a day or more (about 30,000 a
 *       month): taking off, whatever its size;</li>
 *   <li>{@link #DEVELOPING}: {@value #DEVELOPING_STREAMS} streams or more, growing slower;</li>
 *   <li>{@link #EMERGING}: under {@value #DEVELOPING_STREAMS} streams, growing slower.</li>
 * </ul>
 * The stream bands match the score's ({@code WeightTable.STREAMS_LOW}, {@code STREAMS_HIGH}). An unknown growth
 * (fewer than two points) places the song by its total alone; an unknown total gives no stage. Pure.
 */
public enum ChartmetricTrackStage {
    EMERGING, DEVELOPING, GROWING, ESTABLISHED;

    public static final long DEVELOPING_STREAMS = 50_000L;
    public static final long ESTABLISHED_STREAMS = 5_000_000L;
    public static final double GROWING_PER_DAY = 1_000.0;

    /** The stage, or null when the total is unknown. */
    public static ChartmetricTrackStage of(Long streams, Double perDay) {
        if (streams == null) {
            return null;
        }
        if (streams >= ESTABLISHED_STREAMS) {
            return ESTABLISHED;
        }
        if (perDay != null && perDay >= GROWING_PER_DAY) {
            return GROWING;
        }
        return streams >= DEVELOPING_STREAMS ? DEVELOPING : EMERGING;
    }

    /** As stored and shown: "emerging", "developing", "growing", "established". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

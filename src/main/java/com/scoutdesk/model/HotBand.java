package com.scoutdesk.model;

/**
 * How hot a contact's work is, from its total streams and average week-over-week growth (the thresholds are the
 * scout's: {@code performance.HotBandThresholds}). Null on a contact means nothing is known yet, never Discovery.
 */
public enum HotBand {
    /** Small and not moving fast: worth a look early. */
    DISCOVERY,
    /** Growing or mid-sized: watch it week by week. */
    WATCH,
    /** Large or moving fast: act now. */
    ACTIVE
}

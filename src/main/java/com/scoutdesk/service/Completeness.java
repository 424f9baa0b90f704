package com.scoutdesk.service;

/** The parts of a lead whose presence the dashboard can filter on. */
public enum Completeness {
    /** The track has an ISRC. */
    ISRC,
    /** At least one credit from any source. */
    CREDITS,
    /** The MLC tier has said whether a publisher is registered (status is no longer unknown). */
    PUBLISHER,
    /** At least one writer, composer or lyricist credit. */
    SONGWRITER
}

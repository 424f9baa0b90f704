package com.scoutdesk.model;

/** How a playlist fetch ended. Only a COMPLETE fetch may be used to find drops. */
public enum FetchOutcome {
    /** Every item the source listed was read. */
    COMPLETE,
    /** Some items were read but not all (the web player changed, a page failed): adds only, never drops. */
    PARTIAL,
    /** Nothing usable was read; nothing was written but this record. */
    FAILED
}

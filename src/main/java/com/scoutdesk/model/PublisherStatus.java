package com.scoutdesk.model;

/** What The MLC says about a song's publisher. UNKNOWN until the MLC tier has run: never read it as "unsigned". */
public enum PublisherStatus {
    UNKNOWN, HAS_PUBLISHER, NO_PUBLISHER
}

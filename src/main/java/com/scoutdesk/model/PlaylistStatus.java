package com.scoutdesk.model;

/**
 * Whether a tracked playlist can currently be fetched. NOT_YET_CHECKED: added while no source could be reached; it is
 * checked and fetched first once the network is back.
 */
public enum PlaylistStatus {
    ACTIVE, RESTRICTED, NOT_FOUND, PRIVATE, ERROR, NOT_YET_CHECKED
}

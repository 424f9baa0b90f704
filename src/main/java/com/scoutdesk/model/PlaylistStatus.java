package com.scoutdesk.model;

/** Whether a tracked playlist can currently be fetched. */
public enum PlaylistStatus {
    ACTIVE, RESTRICTED, NOT_FOUND, PRIVATE, ERROR
}

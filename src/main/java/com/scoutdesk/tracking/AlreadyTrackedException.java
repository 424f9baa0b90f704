package com.scoutdesk.tracking;

/** A playlist that is tracked already was added again. */
public final class AlreadyTrackedException extends IllegalStateException {

    private final String name;
    private final String spotifyId;

    AlreadyTrackedException(String name, String spotifyId) {
        super("'" + name + "' (" + spotifyId + ") is already tracked.");
        this.name = name;
        this.spotifyId = spotifyId;
    }

    public String name() {
        return name;
    }

    public String spotifyId() {
        return spotifyId;
    }
}

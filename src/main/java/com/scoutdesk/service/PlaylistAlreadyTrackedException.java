package com.scoutdesk.service;

/** The playlist a scout asked to add is tracked already; fetching it again is what they probably want. */
public class PlaylistAlreadyTrackedException extends UseCaseException {

    private final String name;
    private final String spotifyId;

    public PlaylistAlreadyTrackedException(String name, String spotifyId, Throwable cause) {
        super("'" + name + "' (" + spotifyId + ") is already tracked.", cause);
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

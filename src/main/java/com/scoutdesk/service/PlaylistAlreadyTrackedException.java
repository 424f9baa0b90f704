package com.scoutdesk.service;

import com.scoutdesk.tracking.AlreadyTrackedException;

/**
 * The playlist a scout asked to add is tracked already; fetching it again is what they probably want. The use-case
 * face of tracking's refusal, which holds the playlist's name and id and says the message.
 */
public class PlaylistAlreadyTrackedException extends UseCaseException {

    private final AlreadyTrackedException refusal;

    PlaylistAlreadyTrackedException(AlreadyTrackedException refusal) {
        super(refusal.getMessage(), refusal);
        this.refusal = refusal;
    }

    public String name() {
        return refusal.name();
    }

    public String spotifyId() {
        return refusal.spotifyId();
    }
}

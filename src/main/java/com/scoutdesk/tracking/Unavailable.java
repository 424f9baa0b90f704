package com.scoutdesk.tracking;

import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.id.SpotifyRef;

/** What a source's "not found", "private", "restricted" or "not allowed" means for a tracked playlist. */
final class Unavailable {

    private Unavailable() {
    }

    static String message(SpotifyRef ref, UnavailableException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> "Playlist " + ref.id() + " was not found: check the link; it may have been deleted.";
            case PRIVATE -> "Playlist " + ref.id() + " is private, so it is not accessible.";
            case RESTRICTED -> "Playlist " + ref.id() + " is restricted in this region.";
            case NOT_ALLOWED -> "No source may read playlist " + ref.id() + ": " + e.getMessage();
        };
    }

    /** The playlist's new status, or null to keep it (a capability this app lacks says nothing of the playlist). */
    static PlaylistStatus status(UnavailableException e) {
        return switch (e.reason()) {
            case NOT_FOUND -> PlaylistStatus.NOT_FOUND;
            case PRIVATE -> PlaylistStatus.PRIVATE;
            case RESTRICTED -> PlaylistStatus.RESTRICTED;
            case NOT_ALLOWED -> null;
        };
    }
}

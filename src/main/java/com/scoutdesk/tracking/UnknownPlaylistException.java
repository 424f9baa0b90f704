package com.scoutdesk.tracking;

/** No tracked playlist has the number a caller gave (deleted meanwhile, or never there). */
public final class UnknownPlaylistException extends IllegalArgumentException {

    UnknownPlaylistException(long playlistId) {
        super("No tracked playlist has the number " + playlistId + ".");
    }
}

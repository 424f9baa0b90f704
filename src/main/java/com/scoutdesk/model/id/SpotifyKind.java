package com.scoutdesk.model.id;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of Spotify item ScoutDesk can refer to with a {@link SpotifyRef}. */
public enum SpotifyKind {
    PLAYLIST("playlist", "Share > Copy link to playlist"),
    TRACK("track", "Share > Copy Song Link"),
    ALBUM("album", "Share > Copy Album Link"),
    ARTIST("artist", "Share > Copy link to artist");

    private final String path;
    private final String shareMenuItem;

    SpotifyKind(String path, String shareMenuItem) {
        this.path = path;
        this.shareMenuItem = shareMenuItem;
    }

    /** The word Spotify uses in links and URIs, e.g. {@code playlist} in {@code open.spotify.com/playlist/...}. */
    public String path() {
        return path;
    }

    /** The Spotify menu item that copies a link to an item of this kind, for hints in messages. */
    String shareMenuItem() {
        return shareMenuItem;
    }

    /** The kind for a link path or URI word, ignoring case; empty for words such as "episode" or "user". */
    static Optional<SpotifyKind> fromPath(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.path.equals(lower)).findFirst();
    }
}

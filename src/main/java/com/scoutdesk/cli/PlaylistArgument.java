package com.scoutdesk.cli;

import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import com.scoutdesk.service.PlaylistOption;
import java.util.List;
import java.util.Optional;

/** Finds a tracked playlist from what a scout typed: the number ScoutDesk shows, a Spotify link, or a Spotify id. */
final class PlaylistArgument {

    private PlaylistArgument() {
    }

    /**
     * @return the playlist's database id
     * @throws IllegalArgumentException with a message naming what was wrong
     */
    static long resolve(String value, List<PlaylistOption> playlists) {
        String text = value.strip();
        if (text.matches("#?\\d{1,18}")) {
            long id = Long.parseLong(text.replace("#", ""));
            Optional<PlaylistOption> byNumber = playlists.stream().filter(p -> p.id() == id).findFirst();
            // A Spotify id has 22 letters and digits, so a short number can only be one of ours.
            return byNumber.orElseThrow(() -> new IllegalArgumentException("there is no playlist #" + id
                    + " in this workspace; `scoutdesk playlists list` shows them.")).id();
        }
        String spotifyId = SpotifyRef.parse(text, SpotifyKind.PLAYLIST).id();
        return playlists.stream().filter(p -> p.spotifyId().equals(spotifyId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tracked playlist has the Spotify id " + spotifyId
                        + ". `scoutdesk playlists list` shows the tracked ones."))
                .id();
    }
}

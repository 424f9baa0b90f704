package com.scoutdesk.ui.playlists;

import com.scoutdesk.model.id.InvalidIdentifierException;
import com.scoutdesk.model.id.SpotifyKind;
import com.scoutdesk.model.id.SpotifyRef;
import com.scoutdesk.ui.common.I18n;
import java.util.Map;

/**
 * Checks a pasted playlist link while the scout types, without the network: the model's own Spotify link parser
 * (share links, {@code ?si=}, {@code /intl-xx/}, embed links, {@code spotify:} URIs, bare ids) says what is wrong, and
 * the playlists tracked already are refused before a round trip would be.
 */
final class PlaylistLinkCheck {

    private PlaylistLinkCheck() {
    }

    /**
     * @param tracked the tracked playlists' names by Spotify id
     * @return the playlist, or why the text is not one that can be added
     */
    static Verdict check(String text, Map<String, String> tracked) {
        if (text == null || text.isBlank()) {
            return new Verdict(null, I18n.tr("addPlaylist.link.empty"));
        }
        SpotifyRef ref;
        try {
            ref = SpotifyRef.parse(text, SpotifyKind.PLAYLIST);
        } catch (InvalidIdentifierException e) {
            return new Verdict(null, capitalised(e.problem()));
        }
        if (tracked.containsKey(ref.id())) {
            return new Verdict(null, I18n.tr("addPlaylist.link.tracked", tracked.get(ref.id())));
        }
        return new Verdict(ref, null);
    }

    private static String capitalised(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** A playlist that can be added, or the problem to show under the field (never both). */
    record Verdict(SpotifyRef playlist, String problem) {

        boolean ok() {
            return problem == null;
        }
    }
}

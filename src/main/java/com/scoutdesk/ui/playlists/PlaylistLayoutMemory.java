package com.scoutdesk.ui.playlists;

import java.util.prefs.Preferences;

/**
 * Whether the Playlists page shows its table or its cards, remembered per user: a scout who prefers the covers means
 * it next time too. The table until the scout says otherwise.
 */
public interface PlaylistLayoutMemory {

    /** True when the cards were the last choice. */
    boolean cards();

    void saveCards(boolean cards);

    /** Kept in the user's Java preferences, node {@code com/scoutdesk/playlists}. */
    static PlaylistLayoutMemory fromUserPreferences() {
        return in(Preferences.userRoot().node("com/scoutdesk/playlists"));
    }

    /** Kept in any preferences node. */
    static PlaylistLayoutMemory in(Preferences node) {
        String key = "cards";
        return new PlaylistLayoutMemory() {
            @Override
            public boolean cards() {
                return node.getBoolean(key, false);
            }

            @Override
            public void saveCards(boolean cards) {
                // No flush: it writes to disk on the FX thread. The preferences' own timer and exit hook store it.
                node.putBoolean(key, cards);
            }
        };
    }

    /** Kept as long as this object: for tests and windows without a desktop around them. */
    static PlaylistLayoutMemory inMemory() {
        return new PlaylistLayoutMemory() {
            private boolean cards;

            @Override
            public boolean cards() {
                return cards;
            }

            @Override
            public void saveCards(boolean chosen) {
                cards = chosen;
            }
        };
    }
}

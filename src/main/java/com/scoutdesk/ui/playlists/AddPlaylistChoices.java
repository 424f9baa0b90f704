package com.scoutdesk.ui.playlists;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Add playlist dialog's two check boxes, remembered between runs: a scout who turns auto-enrich off once (to save
 * a provider's quota) means it for the next playlist too. Both are on until the scout says otherwise.
 */
public final class AddPlaylistChoices {

    static final String NODE = "com/scoutdesk/addplaylist";
    private static final String AUTO_FETCH = "autoFetch";
    private static final String AUTO_ENRICH = "autoEnrich";
    private static final Logger LOG = LoggerFactory.getLogger(AddPlaylistChoices.class);

    /** Null when kept in memory only. */
    private final Preferences node;
    private boolean autoFetch = true;
    private boolean autoEnrich = true;

    private AddPlaylistChoices(Preferences node) {
        this.node = node;
        if (node != null) {
            autoFetch = node.getBoolean(AUTO_FETCH, true);
            autoEnrich = node.getBoolean(AUTO_ENRICH, true);
        }
    }

    /** Kept in the user's Java preferences, node {@code com/scoutdesk/addplaylist}. */
    public static AddPlaylistChoices fromUserPreferences() {
        return new AddPlaylistChoices(Preferences.userRoot().node(NODE));
    }

    /** Kept in any preferences node: tests give one in memory, so they never touch the user's real ones. */
    public static AddPlaylistChoices in(Preferences node) {
        return new AddPlaylistChoices(node);
    }

    /** Kept as long as this object: for windows without a desktop around them. */
    public static AddPlaylistChoices inMemory() {
        return new AddPlaylistChoices(null);
    }

    public boolean autoFetch() {
        return autoFetch;
    }

    public boolean autoEnrich() {
        return autoEnrich;
    }

    public void save(boolean fetch, boolean enrich) {
        autoFetch = fetch;
        autoEnrich = enrich;
        if (node == null) {
            return;
        }
        node.putBoolean(AUTO_FETCH, fetch);
        node.putBoolean(AUTO_ENRICH, enrich);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Harmless: the next dialog starts with both boxes ticked.
            LOG.warn("Could not save the Add playlist choices: {}", e.getMessage());
        }
    }
}

package com.scoutdesk.ui.theme;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the theme in the user's Java preferences, node {@code com/scoutdesk}, key {@code theme}. */
public final class PreferencesThemeStore implements ThemeStore {

    static final String NODE = "com/scoutdesk";
    static final String KEY = "theme";
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesThemeStore.class);

    private final Preferences node;

    public PreferencesThemeStore() {
        this(Preferences.userRoot().node(NODE));
    }

    PreferencesThemeStore(Preferences node) {
        this.node = node;
    }

    @Override
    public Optional<String> load() {
        return Optional.ofNullable(node.get(KEY, null));
    }

    @Override
    public void save(String themeId) {
        node.put(KEY, themeId);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Losing the choice is harmless: the next start uses the default theme.
            LOG.warn("Could not save the theme preference: {}", e.getMessage());
        }
    }
}

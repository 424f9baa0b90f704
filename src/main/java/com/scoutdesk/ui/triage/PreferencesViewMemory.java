package com.scoutdesk.ui.triage;

import com.scoutdesk.ui.dashboard.SavedFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the dashboard's view and filter in the user's Java preferences, one node per workspace (named by a hash of
 * the workspace's description, so two workspaces keep their own filters and no path is written in the clear).
 * Preferences that cannot be read or written are ignored with a log line: losing a remembered filter is no reason
 * to stop the scout.
 */
public final class PreferencesViewMemory implements ViewMemory {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesViewMemory.class);
    private static final String VIEW = "view";
    private static final String FILTER_PREFIX = "filter.";

    private final Preferences node;

    PreferencesViewMemory(Preferences node) {
        this.node = node;
    }

    /** The memory of the workspace described so ({@code Services.workspaceDescription()}). */
    public static ViewMemory forWorkspace(String workspaceDescription) {
        return new PreferencesViewMemory(
                Preferences.userRoot().node("com/scoutdesk/workspaces/" + hash(workspaceDescription)));
    }

    @Override
    public Optional<LeadView> view() {
        String saved = node.get(VIEW, null);
        for (LeadView each : LeadView.values()) {
            if (each.name().equals(saved)) {
                return Optional.of(each);
            }
        }
        return Optional.empty();
    }

    @Override
    public void saveView(LeadView view) {
        node.put(VIEW, view.name());
        flush();
    }

    @Override
    public SavedFilter filter() {
        Map<String, String> values = new HashMap<>();
        try {
            for (String key : node.keys()) {
                if (key.startsWith(FILTER_PREFIX)) {
                    values.put(key.substring(FILTER_PREFIX.length()), node.get(key, null));
                }
            }
        } catch (BackingStoreException e) {
            LOG.warn("Could not read the dashboard's saved filter; starting with every track shown", e);
        }
        return SavedFilter.fromStrings(values);
    }

    @Override
    public void saveFilter(SavedFilter filter) {
        try {
            for (String key : node.keys()) {
                if (key.startsWith(FILTER_PREFIX)) {
                    node.remove(key);
                }
            }
        } catch (BackingStoreException e) {
            LOG.warn("Could not clear the dashboard's saved filter", e);
        }
        filter.toStrings().forEach((key, value) -> node.put(FILTER_PREFIX + key, value));
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save the dashboard's view and filter", e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

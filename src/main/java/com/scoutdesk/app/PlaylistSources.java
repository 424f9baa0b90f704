package com.scoutdesk.app;

import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.tracking.PlaylistSource;
import java.util.ArrayList;
import java.util.List;

/** Builds the playlist sources, in the order the chain tries them, from the configuration. */
final class PlaylistSources {

    private PlaylistSources() {
    }

    static List<PlaylistSource> configured(ScoutDeskConfig config) {
        List<PlaylistSource> sources = new ArrayList<>();
        return sources;
    }
}

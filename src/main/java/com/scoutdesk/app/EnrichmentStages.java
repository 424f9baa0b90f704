package com.scoutdesk.app;

import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.stages.IsrcRecoveryStage;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import java.util.ArrayList;
import java.util.List;

/** The enrichment stages this configuration can run; a tier without one keeps its runs pending. */
final class EnrichmentStages {

    private EnrichmentStages() {
    }

    static List<EnrichmentStage> configured(ScoutDeskConfig config) {
        List<EnrichmentStage> stages = new ArrayList<>();
        SpotifyApiClient spotify = PlaylistSources.spotifyApi(config);
        if (spotify != null) {
            stages.add(new IsrcRecoveryStage(spotify));
        }
        return stages;
    }
}

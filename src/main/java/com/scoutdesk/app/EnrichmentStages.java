package com.scoutdesk.app;

import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.stages.DatabaseWebPlayerFreshness;
import com.scoutdesk.enrichment.stages.IsrcRecoveryStage;
import com.scoutdesk.enrichment.stages.SpotifyMetadataStage;
import com.scoutdesk.enrichment.stages.WebPlayerCreditsStage;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.integration.webplayer.LazyWebPlayerBrowser;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.integration.common.CapabilityStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The enrichment stages this configuration can run; a tier without one keeps its runs pending. */
final class EnrichmentStages {

    private EnrichmentStages() {
    }

    /**
     * @param registries   the workspace's registry clients, one per configured provider
     * @param spotify      the workspace's one Web API client, shared with tracking so it shares one rate limiter
     * @param capabilities the workspace's switched-off capabilities, shared with tracking
     * @param webPlayer    the workspace's one web player browser, shared with tracking; Chromium starts only when
     *                     the first page is needed
     */
    static List<EnrichmentStage> configured(RegistryClients registries, SpotifyApiClient spotify,
                                            CapabilityStore capabilities, LazyWebPlayerBrowser webPlayer, Database db,
                                            Clock clock) {
        List<EnrichmentStage> stages = new ArrayList<>();
        if (spotify != null) {
            stages.add(new IsrcRecoveryStage(spotify, capabilities, clock));
            stages.add(new SpotifyMetadataStage(spotify, capabilities, clock));
        }
        stages.add(new WebPlayerCreditsStage(webPlayer, new DatabaseWebPlayerFreshness(db),
                WebPlayerCreditsStage.Settings.defaults(), clock));
        // The registry tiers (3 to 6): each is added when its provider is configured (RegistryClients).
        stages.addAll(registries.stages(db, clock));
        return stages;
    }
}

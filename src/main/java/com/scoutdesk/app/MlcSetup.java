package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.stages.DatabaseSongwriterNames;
import com.scoutdesk.enrichment.stages.MlcPublisherStage;
import com.scoutdesk.enrichment.stages.SongwriterNames;
import com.scoutdesk.integration.common.Sleeper;
import com.scoutdesk.integration.mlc.MlcClient;
import com.scoutdesk.integration.mlc.MlcConfig;
import com.scoutdesk.persistence.Database;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Tier 3, The MLC, when its credentials are set; without them the tier shows as "not configured". */
final class MlcSetup {

    private MlcSetup() {
    }

    /** The MLC's stage, or none when MLC_USERNAME or MLC_PASSWORD is not set. */
    static List<EnrichmentStage> stages(ScoutDeskConfig config, Database db, Clock clock) {
        return client(config, clock).map(client -> List.of(stage(client, new DatabaseSongwriterNames(db), clock)))
                .orElse(List.of());
    }

    /** The client, or empty when MLC_USERNAME or MLC_PASSWORD is not set. */
    static Optional<MlcClient> client(ScoutDeskConfig config, Clock clock) {
        if (config.get(ConfigKey.MLC_USERNAME).isBlank() || config.get(ConfigKey.MLC_PASSWORD).isBlank()) {
            return Optional.empty();
        }
        MlcConfig mlc = MlcConfig.of(URI.create(config.get(ConfigKey.MLC_URL)), config.get(ConfigKey.MLC_USERNAME),
                config.get(ConfigKey.MLC_PASSWORD), config.count(ConfigKey.MLC_REQUESTS_PER_SECOND));
        return Optional.of(new MlcClient(mlc, clock, Sleeper.system()));
    }

    /** Tier 3's stage on the workspace's client; {@code songwriters} are searched by when the ISRC finds nothing. */
    static EnrichmentStage stage(MlcClient client, SongwriterNames songwriters, Clock clock) {
        return new MlcPublisherStage(client, songwriters, MlcPublisherStage.Settings.defaults(), clock);
    }
}

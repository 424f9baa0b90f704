package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.bench.RegistryProvider;
import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.stages.ChartmetricStage;
import com.scoutdesk.enrichment.stages.DatabaseSongwriterNames;
import com.scoutdesk.enrichment.stages.MusicBrainzStage;
import com.scoutdesk.enrichment.stages.SongwriterNames;
import com.scoutdesk.integration.chartmetric.ChartmetricClient;
import com.scoutdesk.integration.common.CapabilityStore;
import com.scoutdesk.integration.mlc.MlcClient;
import com.scoutdesk.integration.musicbrainz.MusicBrainzClient;
import com.scoutdesk.integration.youtube.YouTubeClient;
import com.scoutdesk.integration.youtube.YouTubeConfig;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.persistence.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workspace's one client per registry provider (tiers 3 to 6), each empty when its provider is not configured.
 * Made once, so the stages and the registry benchmark's request counts share each client and its rate limiter.
 */
record RegistryClients(Optional<MlcClient> mlc, Optional<MusicBrainzClient> musicBrainz,
                       Optional<ChartmetricClient> chartmetric, Optional<YouTubeClient> youtube) {

    static RegistryClients configured(ScoutDeskConfig config, CapabilityStore capabilities, Database db,
                                      Clock clock) {
        return new RegistryClients(MlcSetup.client(config, clock), MusicBrainzSetup.configuredClient(config),
                ChartmetricTier.client(config, capabilities, clock), YouTubeTier.client(config, db, clock));
    }

    /** The stages of the configured providers, in tier order. */
    List<EnrichmentStage> stages(Database db, Clock clock) {
        List<EnrichmentStage> stages = new ArrayList<>();
        // The MLC and MusicBrainz both search by the songwriters other tiers credited.
        SongwriterNames songwriters = new DatabaseSongwriterNames(db);
        mlc.ifPresent(client -> stages.add(MlcSetup.stage(client, songwriters, clock)));
        musicBrainz.ifPresent(client -> stages.add(new MusicBrainzStage(client, songwriters, clock)));
        chartmetric.ifPresent(client -> stages.add(new ChartmetricStage(client, clock)));
        youtube.ifPresent(client -> stages.add(YouTubeTier.stage(client, clock)));
        return stages;
    }

    /** The four providers as the registry benchmark reads them: address, rate and, when configured, counts. */
    List<RegistryProvider> forBenchmark(ScoutDeskConfig config) {
        return List.of(
                new RegistryProvider("The MLC", EnrichmentTier.MLC_PUBLISHER, config.get(ConfigKey.MLC_URL),
                        config.count(ConfigKey.MLC_REQUESTS_PER_SECOND),
                        mlc.map(c -> RegistryProvider.counting(c::requestCount, Map::of))),
                new RegistryProvider("MusicBrainz", EnrichmentTier.MUSICBRAINZ, config.get(ConfigKey.MUSICBRAINZ_URL),
                        MusicBrainzSetup.requestsPerSecond(),
                        musicBrainz.map(c -> RegistryProvider.counting(c::requestCount, Map::of))),
                new RegistryProvider("Chartmetric", EnrichmentTier.CHARTMETRIC, config.get(ConfigKey.CHARTMETRIC_URL),
                        config.count(ConfigKey.CHARTMETRIC_REQUESTS_PER_SECOND),
                        chartmetric.map(c -> RegistryProvider.counting(
                                () -> c.requestCounts().values().stream().mapToLong(Long::longValue).sum(),
                                c::requestCounts))),
                new RegistryProvider("YouTube", EnrichmentTier.YOUTUBE, config.get(ConfigKey.YOUTUBE_URL),
                        YouTubeConfig.DEFAULT_REQUESTS_PER_SECOND,
                        youtube.map(c -> RegistryProvider.counting(c::requestCount, c::requestCounts))));
    }
}

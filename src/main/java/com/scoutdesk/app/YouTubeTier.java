package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.enrichment.fields.ChartmetricFields;
import com.scoutdesk.enrichment.stages.YouTubeStage;
import com.scoutdesk.integration.youtube.QuotaStore;
import com.scoutdesk.integration.youtube.YouTubeClient;
import com.scoutdesk.integration.youtube.YouTubeConfig;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.SettingsRepository;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Tier 6, YouTube: a stage only when YOUTUBE_API_KEY is set; without one the tier is "not configured". */
final class YouTubeTier {

    private YouTubeTier() {
    }

    /** The client for this configuration, its quota ledger kept in the workspace settings; empty without a key. */
    static Optional<YouTubeClient> client(ScoutDeskConfig config, Database db, Clock clock) {
        return client(config, new SettingsQuotaStore(new SettingsRepository(db, clock)));
    }

    /** The client for this configuration with its quota ledger in {@code quota}; empty without a key. */
    static Optional<YouTubeClient> client(ScoutDeskConfig config, QuotaStore quota) {
        if (!config.isSet(ConfigKey.YOUTUBE_API_KEY)) {
            return Optional.empty();
        }
        YouTubeConfig youtube = YouTubeConfig.of(config.get(ConfigKey.YOUTUBE_API_KEY))
                .withBaseUrl(URI.create(config.get(ConfigKey.YOUTUBE_URL)))
                .withDailyUnits(config.count(ConfigKey.YOUTUBE_DAILY_UNITS));
        return Optional.of(new YouTubeClient(youtube, quota));
    }

    /** The stage, as a list to add to the configured ones: empty without a key. */
    static List<YouTubeStage> stages(ScoutDeskConfig config, Database db, Clock clock) {
        return client(config, db, clock).map(client -> List.of(stage(client, clock))).orElse(List.of());
    }

    /** The stage on the workspace's client, reading the video ids Chartmetric found. */
    static YouTubeStage stage(YouTubeClient client, Clock clock) {
        return new YouTubeStage(client, YouTubeStage.Settings.defaults().knowingIdsFrom(ChartmetricFields.YOUTUBE_IDS),
                clock);
    }
}

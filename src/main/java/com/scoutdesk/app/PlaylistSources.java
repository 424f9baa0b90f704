package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.integration.common.HttpPolicy;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.integration.spotify.SpotifyApiConfig;
import com.scoutdesk.integration.webplayer.ChromiumLocator;
import com.scoutdesk.integration.webplayer.LazyWebPlayerBrowser;
import com.scoutdesk.integration.webplayer.WebPlayerConfig;
import com.scoutdesk.tracking.PlaylistSource;
import com.scoutdesk.tracking.WebApiPlaylistSource;
import com.scoutdesk.tracking.WebPlayerPlaylistSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** Builds the playlist sources, in the order the chain tries them, from the configuration. */
final class PlaylistSources {

    private PlaylistSources() {
    }

    /**
     * @param spotify   the one Web API client (and so the one rate limiter) of this workspace, or null
     * @param webPlayer the workspace's one web player browser, shared with enrichment; the workspace closes it
     */
    static List<PlaylistSource> configured(SpotifyApiClient spotify, LazyWebPlayerBrowser webPlayer) {
        List<PlaylistSource> sources = new ArrayList<>();
        sources.add(new WebApiPlaylistSource(spotify));
        sources.add(new WebPlayerPlaylistSource(webPlayer));
        return sources;
    }

    /** The web player in the configured Chromium, else an installed Chromium or Chrome, else Playwright's own. */
    static WebPlayerConfig webPlayer(ScoutDeskConfig config) {
        WebPlayerConfig web = WebPlayerConfig.defaults().withBaseUrl(config.get(ConfigKey.SPOTIFY_WEB_URL))
                .withPagePoolSize(config.count(ConfigKey.WEB_PLAYER_PAGES));
        Optional<Path> chromium = config.isSet(ConfigKey.CHROMIUM_PATH)
                ? Optional.of(Path.of(config.get(ConfigKey.CHROMIUM_PATH))) : ChromiumLocator.find();
        return chromium.map(web::withChromiumExecutable).orElse(web);
    }

    /** The Web API client, or null when no client credentials are configured. */
    static SpotifyApiClient spotifyApi(ScoutDeskConfig config) {
        if (!config.isSet(ConfigKey.SPOTIFY_CLIENT_ID) || !config.isSet(ConfigKey.SPOTIFY_CLIENT_SECRET)) {
            return null;
        }
        int perWindow = config.count(ConfigKey.SPOTIFY_REQUESTS_PER_30S);
        return new SpotifyApiClient(SpotifyApiConfig.of(config.get(ConfigKey.SPOTIFY_CLIENT_ID),
                config.get(ConfigKey.SPOTIFY_CLIENT_SECRET))
                .withUrls(URI.create(config.get(ConfigKey.SPOTIFY_API_URL)),
                        URI.create(config.get(ConfigKey.SPOTIFY_ACCOUNTS_URL)))
                .withHttp(HttpPolicy.of(perWindow, Duration.ofSeconds(30))));
    }

    /** Stops what the sources started and the web player's Chromium; a failure here must not keep the DB open. */
    static void closeAll(List<PlaylistSource> sources, LazyWebPlayerBrowser webPlayer) {
        for (PlaylistSource source : sources) {
            if (source instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LoggerFactory.getLogger(AppContext.class).warn("Could not stop {}", source.method(), e);
                }
            }
        }
        try {
            webPlayer.close();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(AppContext.class).warn("Could not stop the web player browser", e);
        }
    }
}

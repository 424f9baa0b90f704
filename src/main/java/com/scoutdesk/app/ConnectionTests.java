package com.scoutdesk.app;

import com.scoutdesk.app.config.ConfigKey;
import com.scoutdesk.app.config.ConfigLoader;
import com.scoutdesk.app.config.ScoutDeskConfig;
import com.scoutdesk.credentials.CredentialProvider;
import com.scoutdesk.credentials.CredentialStore;
import com.scoutdesk.integration.chartmetric.ChartmetricClient;
import com.scoutdesk.integration.common.CapabilityStore;
import com.scoutdesk.integration.common.ConnectionResult;
import com.scoutdesk.integration.common.HttpPolicy;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.integration.mlc.MlcClient;
import com.scoutdesk.integration.spotify.SpotifyApiConfig;
import com.scoutdesk.integration.youtube.MemoryQuotaStore;
import com.scoutdesk.integration.youtube.YouTubeClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The connection test of each provider, for {@code scoutdesk credentials test}: one cheap real call with the
 * credentials and base URL as configured when the test runs (so a value just set is the one tested). A provider
 * without an entry answers "no test available yet".
 */
final class ConnectionTests {

    private ConnectionTests() {
    }

    static Map<CredentialProvider, Supplier<ConnectionResult>> forWorkspace(Path workspace, Map<String, String> env,
                                                                          CredentialStore store) {
        Supplier<ScoutDeskConfig> config = () -> ConfigLoader.load(workspace, env, store);
        Map<CredentialProvider, Supplier<ConnectionResult>> tests = new EnumMap<>(CredentialProvider.class);
        tests.put(CredentialProvider.SPOTIFY, () -> spotify(config.get()));
        Clock clock = Clock.systemUTC();
        tests.put(CredentialProvider.MLC, () -> MlcSetup.client(config.get(), clock)
                .map(MlcClient::testConnection).orElse(NOT_CONFIGURED));
        // A test's answers are not remembered: a plan refusal or a quota unit spent here stays out of the workspace.
        tests.put(CredentialProvider.CHARTMETRIC, () -> ChartmetricTier.client(config.get(), new Forgetful(), clock)
                .map(ChartmetricClient::testConnection).orElse(NOT_CONFIGURED));
        tests.put(CredentialProvider.YOUTUBE, () -> YouTubeTier.client(config.get(), new MemoryQuotaStore())
                .map(YouTubeClient::testConnection).orElse(NOT_CONFIGURED));
        return tests;
    }

    private static final ConnectionResult NOT_CONFIGURED = new ConnectionResult(
            ConnectionResult.Verdict.NOT_CONFIGURED, "no credentials are set");

    /** Remembers nothing: what a connection test learns about a plan is not kept. */
    private static final class Forgetful implements CapabilityStore {
        @Override
        public Optional<Instant> offUntil(String capability) {
            return Optional.empty();
        }

        @Override
        public void switchOff(String capability, Instant until, String reason) {
            // a test's answer is shown, not kept
        }
    }

    private static ConnectionResult spotify(ScoutDeskConfig config) {
        if (!config.isSet(ConfigKey.SPOTIFY_CLIENT_ID) || !config.isSet(ConfigKey.SPOTIFY_CLIENT_SECRET)) {
            return new ConnectionResult(ConnectionResult.Verdict.NOT_CONFIGURED, "no client id and secret are set");
        }
        // A test answers quickly: one retry, not the four a background fetch allows itself.
        HttpPolicy policy = HttpPolicy.of(config.count(ConfigKey.SPOTIFY_REQUESTS_PER_30S), Duration.ofSeconds(30))
                .withRetries(2, Duration.ofMillis(250), Duration.ofSeconds(1));
        return new SpotifyApiClient(SpotifyApiConfig.of(config.get(ConfigKey.SPOTIFY_CLIENT_ID),
                config.get(ConfigKey.SPOTIFY_CLIENT_SECRET))
                .withUrls(URI.create(config.get(ConfigKey.SPOTIFY_API_URL)),
                        URI.create(config.get(ConfigKey.SPOTIFY_ACCOUNTS_URL)))
                .withHttp(policy)).testConnection();
    }
}

package com.scoutdesk.integration.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Settings that would silently send requests to the wrong place, or leak the secret, are refused up front. */
class SpotifyApiConfigTest {

    private static final SpotifyApiConfig REAL = SpotifyApiConfig.of("id123", "secret456");

    @Test
    void defaultsPointAtSpotifyWithTheDocumentedPolicy() {
        assertThat(REAL.apiUrl()).isEqualTo(URI.create("https://api.spotify.com"));
        assertThat(REAL.tokenUrl()).isEqualTo(URI.create("https://accounts.spotify.com/api/token"));
        assertThat(REAL.http().permitsPerWindow()).isEqualTo(SpotifyApiConfig.DEFAULT_REQUESTS_PER_30S);
        assertThat(REAL.http().window()).hasSeconds(30);
        assertThat(REAL.http().retryAfterCap()).hasSeconds(60);
        assertThat(REAL.pageSize()).isEqualTo(100);
    }

    @Test
    void theTokenUrlToleratesATrailingSlashOrAPathPrefix() {
        URI api = URI.create("http://127.0.0.1:8080");
        assertThat(REAL.withUrls(api, URI.create("http://127.0.0.1:9090/")).tokenUrl())
                .isEqualTo(URI.create("http://127.0.0.1:9090/api/token"));
        assertThat(REAL.withUrls(api, URI.create("http://127.0.0.1:9090/accounts")).tokenUrl())
                .isEqualTo(URI.create("http://127.0.0.1:9090/accounts/api/token"));
    }

    @Test
    void refusesAnApiUrlWithAPathBecauseTheLibraryWouldDropIt() {
        assertThatThrownBy(() -> REAL.withUrls(URI.create("http://127.0.0.1:8080/spotify"), REAL.accountsUrl()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a path");
    }

    @Test
    void refusesMissingCredentialsNamingTheSettings() {
        assertThatThrownBy(() -> SpotifyApiConfig.of("id123", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SPOTIFY_CLIENT_SECRET");
    }

    @Test
    void refusesPageSizesSpotifyRejects() {
        assertThatThrownBy(() -> new SpotifyApiConfig(REAL.apiUrl(), REAL.accountsUrl(), "id", "secret", REAL.http(),
                101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpotifyApiConfig(REAL.apiUrl(), REAL.accountsUrl(), "id", "secret", REAL.http(),
                0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesTheSecret() {
        assertThat(REAL.toString()).contains("id123").doesNotContain("secret456");
    }
}

package com.scoutdesk.integration.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SpotifyEndpointsTest {

    private static String of(String url) {
        return SpotifyEndpoints.of(URI.create(url));
    }

    @Test
    void namesEachEndpointTheBenchmarkCounts() {
        assertThat(of("https://accounts.spotify.com/api/token")).isEqualTo("token");
        assertThat(of("https://api.spotify.com/v1/tracks/11dFghVXANMlKmJXsNCbNl")).isEqualTo("tracks");
        assertThat(of("https://api.spotify.com/v1/tracks?ids=a,b")).isEqualTo("several-tracks");
        assertThat(of("https://api.spotify.com/v1/artists?ids=a,b")).isEqualTo("several-artists");
        assertThat(of("https://api.spotify.com/v1/artists/0OdUWJ0sBjDrqHygGUXeCF")).isEqualTo("artists");
        assertThat(of("https://api.spotify.com/v1/albums?ids=a")).isEqualTo("several-albums");
        assertThat(of("https://api.spotify.com/v1/albums/0sNOF9WDwhWunNAHPD3Baj")).isEqualTo("albums");
        assertThat(of("https://api.spotify.com/v1/audio-features?ids=a")).isEqualTo("audio-features");
        assertThat(of("https://api.spotify.com/v1/search?q=isrc:X&type=track")).isEqualTo("search");
        assertThat(of("https://api.spotify.com/v1/playlists/3cEYpjA9oz9GiPac4AsH4n")).isEqualTo("playlists");
        assertThat(of("https://api.spotify.com/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items"))
                .isEqualTo("playlists-items");
        assertThat(of("http://127.0.0.1:8080/prefix/v1/tracks/x")).as("a base URL with a prefix").isEqualTo("tracks");
    }
}

package com.scoutdesk.app;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.scoutdesk.integration.spotify.SpotifyFake;
import com.scoutdesk.integration.webplayer.FakeWebPlayerServer;
import com.scoutdesk.integration.webplayer.PlaylistFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Playlist tracking end to end through the configuration: SCOUTDESK_SPOTIFY_* point the real client at a fake
 * Spotify on 127.0.0.1, and the real composition root and commands do the rest.
 */
class TrackingCommandLineTest {

    private static final String PLAYLIST = "3cEYpjA9oz9GiPac4AsH4n";

    @TempDir
    Path dir;
    WireMockServer server;
    SpotifyFake spotify;
    Map<String, String> env;

    @BeforeEach
    void startFake() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        spotify = new SpotifyFake(server, server.port());
        spotify.token();
        env = Map.of("SCOUTDESK_SPOTIFY_API_URL", spotify.baseUrl(), "SCOUTDESK_SPOTIFY_ACCOUNTS_URL",
                spotify.baseUrl(), "SCOUTDESK_SPOTIFY_CLIENT_ID", SpotifyFake.CLIENT_ID,
                "SCOUTDESK_SPOTIFY_CLIENT_SECRET", SpotifyFake.CLIENT_SECRET,
                // the web player (Debian's Chromium) is aimed at a closed port unless a test serves one
                "SCOUTDESK_SPOTIFY_WEB_URL", "http://127.0.0.1:9",
                "SCOUTDESK_CHROMIUM_PATH", System.getProperty("scoutdesk.chromium", "/usr/bin/chromium"));
    }

    @AfterEach
    void stopFake() {
        server.stop();
    }

    /** Runs one command in this JVM; returns exit code and what it printed. */
    private String[] run(String... args) {
        return InProcessCommands.run(dir, env, args);
    }

    @Test
    void addListFetchHistoryAndRefreshAgainstAFakeSpotify() {
        spotify.fullPlaylist(PLAYLIST, 120, SpotifyFake.Shape.ITEMS);

        String[] add = run("playlists", "add", "https://open.spotify.com/playlist/" + PLAYLIST + "?si=x");
        assertThat(add[0]).as(add[2]).isEqualTo("0");
        assertThat(add[1]).contains("Tracking #").contains("complete").contains("Fetched 120 tracks (120 new, 0 "
                + "dropped)").contains("Spotify Web API");

        String[] list = run("playlists", "list", "--format", "csv");
        assertThat(list[1]).contains(PLAYLIST).contains(",active,");

        spotify.fullPlaylist(PLAYLIST, 100, SpotifyFake.Shape.ITEMS); // 20 tracks left the playlist
        String[] fetch = run("playlists", "fetch", PLAYLIST);
        assertThat(fetch[0]).as(fetch[2]).isEqualTo("0");
        assertThat(fetch[1]).contains("Fetched 100 tracks (0 new, 20 dropped)");

        String[] history = run("playlists", "history", PLAYLIST);
        assertThat(history[1]).contains("2 fetches").contains("spotify-api");

        String[] refresh = run("refresh");
        assertThat(refresh[0]).isEqualTo("0");
        assertThat(refresh[1]).contains("complete").contains("(0 new, 0 dropped)");

        String[] tracks = run("tracks", "--playlist", PLAYLIST, "--format", "csv");
        assertThat(tracks[1].lines().count()).as("header + the 100 tracks of this week").isEqualTo(101);
        assertThat(tracks[1]).contains(SpotifyFake.trackId(1));
    }

    @Test
    void editorialPlaylistsAndForbiddenItemsComeFromTheWebPlayerInChromium() throws Exception {
        try (FakeWebPlayerServer player = FakeWebPlayerServer.start()) {
            withWebPlayer(player.baseUrl());
            PlaylistFixture editorial = player.serve(PlaylistFixture.of("37i9dQZF1DWfreshfinds", 30));
            PlaylistFixture curated = player.serve(PlaylistFixture.of("curatedlist", 40));
            server.stubFor(get(urlPathEqualTo("/v1/playlists/" + editorial.id()))
                    .willReturn(SpotifyFake.error(404, "Resource not found")));
            spotify.fullPlaylist(curated.id(), 40, SpotifyFake.Shape.ITEMS);
            server.stubFor(get(urlPathEqualTo("/v1/playlists/" + curated.id() + "/items"))
                    .willReturn(SpotifyFake.error(403, "Forbidden")));

            String[] ed = run("playlists", "add", "https://open.spotify.com/playlist/" + editorial.id());
            assertThat(ed[0]).as(ed[2]).isEqualTo("0");
            assertThat(ed[1]).contains("(editorial)").contains("Fetched 30 tracks").contains("web player");

            String[] cu = run("playlists", "add", curated.id());
            assertThat(cu[0]).as(cu[2]).isEqualTo("0");
            assertThat(cu[1]).contains("Fetched 40 tracks").contains("web player");
            String[] again = run("playlists", "fetch", curated.id());
            assertThat(again[1]).contains("web player");
            assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1/playlists/" + curated.id() + "/items"))))
                    .as("the forbidden capability is remembered: items asked once, not per fetch").hasSize(1);
            String[] tracks = run("tracks", "--playlist", editorial.id(), "--format", "csv");
            assertThat(tracks[1]).contains(PlaylistFixture.trackId(1)).contains(PlaylistFixture.trackId(30));
        }
    }

    private void withWebPlayer(String baseUrl) {
        Map<String, String> withPlayer = new java.util.HashMap<>(env);
        withPlayer.put("SCOUTDESK_SPOTIFY_WEB_URL", baseUrl);
        withPlayer.put("SCOUTDESK_CHROMIUM_PATH", System.getProperty("scoutdesk.chromium", "/usr/bin/chromium"));
        env = Map.copyOf(withPlayer);
    }

    @Test
    void aSpotifyThatCannotBeReachedIsRecordedAsAFailedFetchNotACrash() {
        spotify.fullPlaylist(PLAYLIST, 3, SpotifyFake.Shape.ITEMS);
        assertThat(run("playlists", "add", PLAYLIST)[0]).isEqualTo("0");
        server.stop();

        String[] fetch = run("playlists", "fetch", "--all");
        assertThat(fetch[0]).isEqualTo("1");
        assertThat(fetch[1]).contains("failed").contains("will retry");
        assertThat(fetch[1]).doesNotContain(SpotifyFake.CLIENT_SECRET);
        String[] tracks = run("tracks", "--format", "csv");
        assertThat(tracks[1].lines().count()).as("the failed fetch dropped nothing").isEqualTo(4);
    }

    @Test
    void anEditorialPlaylistAddedWithEveryHostUnreachableIsKeptAndListedAsNotYetChecked() {
        Map<String, String> offline = new java.util.HashMap<>(env);
        offline.put("SCOUTDESK_SPOTIFY_API_URL", "http://127.0.0.1:9");
        offline.put("SCOUTDESK_SPOTIFY_ACCOUNTS_URL", "http://127.0.0.1:9");
        env = Map.copyOf(offline);

        String[] add = run("playlists", "add", "https://open.spotify.com/playlist/37i9dQZF1DWWjGdmeTyeJ6",
                "--no-fetch");
        assertThat(add[0]).as(add[2]).isEqualTo("0");
        assertThat(add[1] + add[2]).contains("Tracking #1").contains("could not be checked (offline)")
                .contains("it will be checked and fetched when the network is back").doesNotContain("not found");
        String[] second = run("playlists", "add", "37i9dQZF1DX4JAvHpjipBk");
        assertThat(second[0]).as(second[2]).isEqualTo("0");
        assertThat(second[1]).contains("Tracking #").contains("offline").contains("Kept");

        String[] list = run("playlists", "list");
        assertThat(list[1]).contains("not yet checked").contains("2 playlists");
    }
}

package com.scoutdesk.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.scoutdesk.cli.CommandLineRunner;
import com.scoutdesk.integration.spotify.SpotifyFake;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code playlists fetch --all} and {@code refresh} print a line on stderr as each playlist finishes, before the next
 * one is asked for, and a line when a 429's Retry-After is waited out, against a fake Spotify on 127.0.0.1; the table of
 * results stays on stdout.
 */
class FetchAllProgressCommandLineTest {

    private static final List<String> PLAYLISTS = List.of("3cEYpjA9oz9GiPac4AsH4n", "37i9dQZF1DX4JAvHpjipBk",
            "1AbCdEfGhIjKlMnOpQrStU");

    @TempDir
    Path dir;
    WireMockServer server;
    Map<String, String> env;

    /** A line printed on stderr, and how many playlists' items the fake had served by then. */
    private record Printed(String line, int playlistsFetched) {
    }

    @BeforeEach
    void startFake() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        SpotifyFake spotify = new SpotifyFake(server, server.port());
        spotify.token();
        for (int i = 0; i < PLAYLISTS.size(); i++) {
            spotify.fullPlaylist(PLAYLISTS.get(i), 10 + i, SpotifyFake.Shape.ITEMS);
        }
        env = Map.of("SCOUTDESK_SPOTIFY_API_URL", spotify.baseUrl(), "SCOUTDESK_SPOTIFY_ACCOUNTS_URL",
                spotify.baseUrl(), "SCOUTDESK_SPOTIFY_CLIENT_ID", SpotifyFake.CLIENT_ID,
                "SCOUTDESK_SPOTIFY_CLIENT_SECRET", SpotifyFake.CLIENT_SECRET,
                "SCOUTDESK_SPOTIFY_WEB_URL", "http://127.0.0.1:9");
    }

    @AfterEach
    void stopFake() {
        server.stop();
    }

    private int playlistsFetched() {
        return (int) PLAYLISTS.stream().filter(id -> !server.findAll(getRequestedFor(urlPathMatching(
                "/v1/playlists/" + id + "/items"))).isEmpty()).count();
    }

    /** Runs one command; returns exit code, stdout, and the lines of stderr as they were printed. */
    private Object[] run(String... args) {
        StringWriter out = new StringWriter();
        List<Printed> err = new ArrayList<>();
        CommandLine cmd = CommandLineRunner.create(ws -> AppContext.open(AppPaths.resolve(Optional.of(dir), env,
                "Linux", dir), env, false), ws -> WorkspaceBackups.open(new AppPaths(dir), env), ws -> {
                    throw new AssertionError("no window in this test");
                });
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true) {
            @Override
            public void println(String line) {
                err.add(new Printed(line, playlistsFetched()));
            }
        });
        int code = cmd.execute(args);
        return new Object[] {code, out.toString(), err};
    }

    @Test
    void printsALinePerPlaylistAsEachFinishes() {
        for (String id : PLAYLISTS) {
            assertThat(run("playlists", "add", "--no-fetch", id)[0]).isEqualTo(0);
        }

        Object[] fetch = run("playlists", "fetch", "--all");

        assertThat(fetch[0]).isEqualTo(0);
        assertThat(fetch[2]).as("one line a playlist, each printed before the next playlist was fetched")
                .isEqualTo(List.of(new Printed("1 of 3: Scout picks W40: 10 tracks, 10 new", 1),
                        new Printed("2 of 3: Scout picks W40: 11 tracks, 11 new", 2),
                        new Printed("3 of 3: Scout picks W40: 12 tracks, 12 new", 3)));
        assertThat((String) fetch[1]).as("the table stays on stdout").doesNotContain(" of 3: ").contains("complete");

        Object[] refresh = run("refresh");
        assertThat(refresh[0]).isEqualTo(0);
        assertThat(refresh[2]).asList().extracting(p -> ((Printed) p).line())
                .containsExactly("1 of 3: Scout picks W40: 10 tracks, 0 new", "2 of 3: Scout picks W40: 11 tracks, "
                        + "0 new", "3 of 3: Scout picks W40: 12 tracks, 0 new");
    }

    @Test
    void aRetryAfterWaitDuringTheFetchesGetsALineToo() {
        for (String id : PLAYLISTS) {
            assertThat(run("playlists", "add", "--no-fetch", id)[0]).isEqualTo(0);
        }
        // Retry-After: 0, so that the wait the line announces takes no time in the test.
        server.stubFor(get(urlPathEqualTo("/v1/playlists/" + PLAYLISTS.get(1) + "/items")).inScenario("429")
                .whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0"))
                .willSetStateTo("waited"));

        Object[] fetch = run("playlists", "fetch", "--all");

        assertThat(fetch[0]).isEqualTo(0);
        assertThat(fetch[2]).asList().extracting(p -> ((Printed) p).line()).hasSize(4)
                .startsWith("1 of 3: Scout picks W40: 10 tracks, 10 new").endsWith("2 of 3: Scout picks W40: 11 "
                        + "tracks, 11 new", "3 of 3: Scout picks W40: 12 tracks, 12 new")
                .element(1).asString().matches("Spotify Web API rate-limited until \\d\\d:\\d\\d:\\d\\d");
    }
}

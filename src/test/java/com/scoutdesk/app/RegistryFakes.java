package com.scoutdesk.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.scoutdesk.integration.webplayer.FakeWebPlayerServer;
import com.scoutdesk.integration.webplayer.TestBrowsers;
import com.scoutdesk.integration.webplayer.TrackFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every provider of issue 13 on 127.0.0.1, answering consistently for ONE track, "Neon Hearts" by Mara Vell: the
 * Spotify Web API (its ISRC), the web player (credits, play count), The MLC (the work, its publishers and shares),
 * MusicBrainz (the recording, its writers and their links), Chartmetric (moods, histories, the YouTube video id) and
 * YouTube (the video's counts). The recorded fixtures of each provider's own tests are reused, with the ISRC, the
 * Spotify ids and every secret and token replaced: each secret is a fresh random string, so finding one anywhere
 * means it leaked from this run.
 */
final class RegistryFakes implements AutoCloseable {

    static final String TRACK = "4uLU6hMCjMI75M1A2tKUQC";
    static final String ISRC = "QZES82600001";
    static final String VIDEO = "dQw4w9WgXcQ";
    static final String MARA_SPOTIFY = TrackFixture.artistId("mara");
    static final String ALBUM = "2PaperLantern5A1bum001";
    static final String MB_RECORDING = "0a9d3f12-5e6b-4c7d-8e9f-1a2b3c4d5e6f";
    static final String MB_MARA = "1f9df192-a621-4f54-8850-2c5373b7eac9";
    static final String MB_SAM = "6e0c7c0e-cba5-4c8d-9d16-0a2b5b5e3b11";
    static final String MB_JO = "9c2e5a3f-4b7d-4d0e-8a55-3f1a6c0b7d22";
    static final String MLC_SONG_CODE = "NB7K2Q";
    static final long CM_ID = 88812345L;

    final String spotifyClientId = "e2e" + random(10);
    final String spotifySecret = "spotifySecret" + random(18);
    final String spotifyToken = "spotifyToken" + random(18);
    final String mlcUser = "scout-" + random(6) + "@example.com";
    final String mlcPassword = "mlcPassword" + random(18);
    final String mlcIdToken = "mlcIdToken" + random(18);
    final String mlcAccessToken = "mlcAccessToken" + random(18);
    final String mlcRefreshToken = "mlcRefreshToken" + random(18);
    final String cmRefreshToken = "cmRefreshToken" + random(18);
    final String cmAccessToken = "cmAccessToken" + random(18);
    final String youtubeKey = "AIza" + random(18);

    final WireMockServer spotify = server();
    final WireMockServer mlc = server();
    final WireMockServer musicbrainz = server();
    final WireMockServer chartmetric = server();
    final WireMockServer youtube = server();
    final FakeWebPlayerServer webPlayer;

    RegistryFakes() throws IOException {
        webPlayer = FakeWebPlayerServer.start();
        // The play count Chartmetric's newest point also gives: 44,000 streams, gaining 2,000 a day.
        webPlayer.serveTrack(new TrackFixture(TRACK, "44000", TrackFixture.CREDITS, "queryTrackCreditsModal", false,
                10));
        spotify();
        mlc();
        musicbrainz();
        chartmetric();
        youtube();
    }

    /** Every secret and token of this run: the ones the scout configures and the ones the fakes issue. */
    Map<String, String> secrets() {
        return Map.of("Spotify client secret", spotifySecret, "Spotify access token", spotifyToken,
                "MLC password", mlcPassword, "MLC idToken", mlcIdToken, "MLC accessToken", mlcAccessToken,
                "MLC refreshToken", mlcRefreshToken, "Chartmetric refresh token", cmRefreshToken,
                "Chartmetric access token", cmAccessToken, "YouTube API key", youtubeKey);
    }

    /**
     * The configuration: URLs, Chromium and the Chartmetric and YouTube secrets in the environment; Spotify and The
     * MLC are given through {@code scoutdesk credentials set} (see {@link #credentialInput}).
     */
    Map<String, String> env(java.nio.file.Path credentialsFile) {
        if (!Files.isExecutable(TestBrowsers.CHROMIUM)) { // fail, not skip, as the other web player tests do
            TestBrowsers.config(webPlayer.baseUrl());
        }
        Map<String, String> env = new HashMap<>();
        env.put("SCOUTDESK_CREDENTIALS_FILE", credentialsFile.toString());
        env.put("SCOUTDESK_SPOTIFY_API_URL", url(spotify));
        env.put("SCOUTDESK_SPOTIFY_ACCOUNTS_URL", url(spotify));
        env.put("SCOUTDESK_SPOTIFY_WEB_URL", webPlayer.baseUrl());
        env.put("SCOUTDESK_CHROMIUM_PATH", TestBrowsers.CHROMIUM.toString());
        env.put("SCOUTDESK_MLC_URL", url(mlc));
        env.put("SCOUTDESK_MLC_REQUESTS_PER_SECOND", "20");
        env.put("SCOUTDESK_MUSICBRAINZ_URL", url(musicbrainz));
        env.put("SCOUTDESK_MUSICBRAINZ_CONTACT", "e2e@example.com");
        env.put("SCOUTDESK_CHARTMETRIC_URL", url(chartmetric));
        env.put("SCOUTDESK_CHARTMETRIC_REQUESTS_PER_SECOND", "20");
        env.put("SCOUTDESK_CHARTMETRIC_REFRESH_TOKEN", cmRefreshToken);
        env.put("SCOUTDESK_YOUTUBE_URL", url(youtube));
        env.put("SCOUTDESK_YOUTUBE_API_KEY", youtubeKey);
        return env;
    }

    /** What {@code scoutdesk credentials set PROVIDER} reads from standard input, one value a line. */
    List<String> credentialInput(String provider) {
        return switch (provider) {
            case "spotify" -> List.of(spotifyClientId, spotifySecret);
            case "mlc" -> List.of(mlcUser, mlcPassword);
            default -> throw new IllegalArgumentException(provider);
        };
    }

    int youtubeSearches() {
        return youtube.findAll(getRequestedFor(urlPathEqualTo("/youtube/v3/search"))).size();
    }

    @Override
    public void close() {
        for (WireMockServer s : List.of(spotify, mlc, musicbrainz, chartmetric, youtube)) {
            s.stop();
        }
        webPlayer.close();
    }

    /** Tiers 0 and 1: a token for our client id and secret only, then the track, its artist, album and features. */
    private void spotify() {
        String basic = "Basic " + Base64.getEncoder().encodeToString((spotifyClientId + ":" + spotifySecret)
                .getBytes(StandardCharsets.UTF_8));
        spotify.stubFor(post("/api/token").willReturn(json(400,
                "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client secret\"}")));
        spotify.stubFor(post("/api/token").atPriority(1).withHeader("Authorization", equalTo(basic))
                .willReturn(json(200, "{\"access_token\":\"" + spotifyToken + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":3600}")));
        String track = resource("/spotify/track.json").replace("4PaperLanternsTrack001", TRACK)
                .replace("Paper Lanterns", "Neon Hearts").replace("1MaraVe11Art1st0000001", MARA_SPOTIFY);
        spotify.stubFor(authorised(get("/v1/tracks/" + TRACK)).willReturn(json(200, track)));
        spotify.stubFor(authorised(get("/v1/artists/" + MARA_SPOTIFY)).willReturn(json(200,
                resource("/spotify/metadata/artist.json").replace("1MaraVe11Art1st0000001", MARA_SPOTIFY))));
        spotify.stubFor(authorised(get("/v1/albums/" + ALBUM)).willReturn(json(200,
                resource("/spotify/metadata/album.json"))));
        spotify.stubFor(authorised(get(urlPathEqualTo("/v1/audio-features"))).willReturn(json(200,
                "{\"audio_features\":[" + resource("/spotify/metadata/audio-features.json")
                        .replace("4PaperLanternsTrack001", TRACK) + "]}")));
        // Kofi Adeyemi, the featured artist of the fixture, is asked for nowhere: only the lead artist is.
    }

    private MappingBuilder authorised(MappingBuilder mapping) {
        return mapping.withHeader("Authorization", equalTo("Bearer " + spotifyToken));
    }

    /** Tier 3: login with our user and password; data only for the idToken, as the real API. */
    private void mlc() {
        mlc.stubFor(any(anyUrl()).atPriority(10).willReturn(json(401, "{\"message\":\"Unauthorized\"}")));
        mlc.stubFor(post("/oauth/token").atPriority(5).willReturn(json(401, resource("/mlc/login-refused.json"))));
        mlc.stubFor(post("/oauth/token").atPriority(1)
                .withRequestBody(equalToJson("{\"username\":\"" + mlcUser + "\",\"password\":\"" + mlcPassword
                        + "\"}"))
                .willReturn(json(200, "{\"accessToken\":\"" + mlcAccessToken + "\",\"idToken\":\"" + mlcIdToken
                        + "\",\"refreshToken\":\"" + mlcRefreshToken + "\",\"tokenType\":\"Bearer\","
                        + "\"expiresIn\":\"3600\"}")));
        mlc.stubFor(mlcData(post("/search/recordings").withRequestBody(equalToJson("{\"isrc\":\"" + ISRC + "\"}")))
                .willReturn(json(200, resource("/mlc/recordings-neon-hearts.json"))));
        mlc.stubFor(mlcData(get(urlPathEqualTo("/work/id/" + MLC_SONG_CODE)))
                .willReturn(json(200, resource("/mlc/work-neon-hearts.json"))));
    }

    private MappingBuilder mlcData(MappingBuilder mapping) {
        return mapping.atPriority(3).withHeader("Authorization", equalTo("Bearer " + mlcIdToken));
    }

    /** Tier 4: the recording of our ISRC, its work's writers and the links of Mara Vell, Sam Quill and Jo Penn. */
    private void musicbrainz() {
        musicbrainz.stubFor(get(urlPathEqualTo("/ws/2/isrc/" + ISRC)).willReturn(json(200,
                resource("/musicbrainz/isrc_GBQZX2600001.json").replace("GBQZX2600001", ISRC))));
        musicbrainz.stubFor(get(urlPathEqualTo("/ws/2/recording/" + MB_RECORDING)).willReturn(json(200,
                resource("/musicbrainz/recording_" + MB_RECORDING + ".json").replace("GBQZX2600001", ISRC))));
        for (String artist : List.of(MB_MARA, MB_SAM, MB_JO)) {
            // Mara Vell's Spotify link names the artist the Web API and the web player name.
            musicbrainz.stubFor(get(urlPathEqualTo("/ws/2/artist/" + artist)).willReturn(json(200,
                    resource("/musicbrainz/artist_" + artist + ".json").replace("6eUKZXaKkcviH0Ku9w2n3V",
                            MARA_SPOTIFY))));
        }
    }

    /** Tier 5: the token for our refresh token (echoed back, as Chartmetric does), then ids, track and histories. */
    private void chartmetric() {
        chartmetric.stubFor(post("/api/token").willReturn(json(401, resource("/chartmetric/error-token.json"))));
        chartmetric.stubFor(post("/api/token").atPriority(1)
                .withRequestBody(equalToJson("{\"refreshtoken\":\"" + cmRefreshToken + "\"}"))
                .willReturn(json(200, resource("/chartmetric/token.json").replace("TOKEN_VALUE", cmAccessToken)
                        .replace("<refresh-token>", cmRefreshToken))));
        cmData("/api/track/isrc/" + ISRC + "/get-ids", resource("/chartmetric/get-ids.json"));
        // The songwriters the other sources name, not the fixture's Jonas Brandt.
        cmData("/api/track/" + CM_ID, resource("/chartmetric/track.json").replace("Jonas Brandt", "Sam Quill"));
        cmData("/api/track/" + CM_ID + "/spotify/stats/most-history", resource("/chartmetric/spotify-streams.json"));
        cmData("/api/track/" + CM_ID + "/youtube/stats/most-history", resource("/chartmetric/youtube-views.json"));
    }

    private void cmData(String path, String body) {
        chartmetric.stubFor(get(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + cmAccessToken))
                .willReturn(json(200, body)));
    }

    /** Tier 6: the counts of the video Chartmetric names; a search (which should not be needed) finds nothing. */
    private void youtube() {
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/videos")).atPriority(10)
                .willReturn(json(400, resource("/youtube/error_400_keyInvalid.json"))));
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/videos")).withQueryParam("key", equalTo(youtubeKey))
                .withQueryParam("part", equalTo("statistics")).withQueryParam("id", equalTo(VIDEO))
                .willReturn(json(200, "{\"kind\":\"youtube#videoListResponse\",\"etag\":\"e2e\",\"items\":["
                        + resource("/youtube/video_item.json").replace("VIDEO_ID", VIDEO)
                        .replace("\"7920\"", "\"10000\"") + "],\"pageInfo\":{\"totalResults\":1,"
                        + "\"resultsPerPage\":1}}")));
        youtube.stubFor(get(urlPathEqualTo("/youtube/v3/search")).willReturn(json(200,
                "{\"kind\":\"youtube#searchListResponse\",\"items\":[]}")));
    }

    private static WireMockServer server() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .dynamicPort());
        server.start();
        return server;
    }

    static String url(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }

    private static String resource(String name) {
        try (InputStream in = RegistryFakes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Letters and digits only, so the secret reads the same in every encoding and escaping we search. */
    private static String random(int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}

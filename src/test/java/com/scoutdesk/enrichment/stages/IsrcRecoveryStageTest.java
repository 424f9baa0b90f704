package com.scoutdesk.enrichment.stages;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.PipelineReport;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.common.HttpPolicy;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.integration.spotify.SpotifyApiConfig;
import com.scoutdesk.integration.spotify.SpotifyFake;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.tracking.DatabaseCapabilityStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Tier 0 through the real client against a fake Spotify, the pipeline and the workspace. */
class IsrcRecoveryStageTest {

    private static final String WITH = "1111111111111111111111";
    private static final String EMPTY_IDS = "2222222222222222222222";
    private static final String FALSE_MATCH = "3333333333333333333333";
    private static final String GONE = "4444444444444444444444";

    @TempDir
    Path dir;
    WireMockServer server;
    Database db;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        new SpotifyFake(server, server.port()).token();
        db = Database.open(DatabaseSettings.h2File(dir));
    }

    @AfterEach
    void stop() {
        db.close();
        server.stop();
    }

    private static String track(String id, String name, String artist, int durationMs, String isrc) {
        String ids = isrc == null ? "{}" : "{\"isrc\":\"" + isrc + "\"}";
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"type\":\"track\",\"uri\":\"spotify:track:" + id
                + "\",\"duration_ms\":" + durationMs + ",\"explicit\":false,\"is_local\":false,\"external_ids\":"
                + ids + ",\"artists\":[{\"id\":\"0OdUWJ0sBjDrqHygGUXeCF\",\"name\":\"" + artist
                + "\",\"type\":\"artist\"}],\"album\":{\"name\":\"" + name + "\",\"album_type\":\"single\","
                + "\"release_date\":\"2026-10-30\",\"artists\":[],\"images\":[]}}";
    }

    private static String search(String... items) {
        return "{\"tracks\":{\"href\":\"x\",\"items\":[" + String.join(",", items) + "],\"limit\":10,\"next\":null,"
                + "\"offset\":0,\"previous\":null,\"total\":" + items.length + "}}";
    }

    private long storedTrack(String spotifyId) {
        return db.write(em -> {
            Track t = new Track();
            t.setSpotifyId(spotifyId);
            t.setName("t");
            t.setArtistNames("a");
            t.setPublisherStatus(PublisherStatus.UNKNOWN);
            t.setLeadStage(LeadStage.NEW);
            t.setFirstSeenAt(java.time.Instant.now());
            t.setUpdatedAt(java.time.Instant.now());
            em.persist(t);
            return t.getId();
        });
    }

    /** @param batches whether this app may use {@code GET /tracks?ids=}; without it, it answers 403 */
    @ParameterizedTest(name = "batch endpoint allowed: {0}")
    @ValueSource(booleans = {true, false})
    void findsTheIsrcDirectlyOrBySearchButNeverFromAFalseMatch(boolean batches) {
        String with = track(WITH, "Neon Hearts", "Mara Vell", 201_000, "us-um7-24-00001");
        String emptyIds = track(EMPTY_IDS, "Paper Summer", "Kofi Adeyemi", 180_000, null);
        String falseMatch = track(FALSE_MATCH, "Cold Mirrors", "Ivy Byrne", 150_000, null);
        server.stubFor(get("/v1/tracks/" + WITH).willReturn(okJson(with)));
        server.stubFor(get("/v1/tracks/" + EMPTY_IDS).willReturn(okJson(emptyIds)));
        server.stubFor(get("/v1/tracks/" + FALSE_MATCH).willReturn(okJson(falseMatch)));
        server.stubFor(get("/v1/tracks/" + GONE).willReturn(SpotifyFake.error(404, "Non existing id")));
        // Spotify answers null for an id it does not know; which order the queue hands out the ids does not matter.
        server.stubFor(get(urlPathEqualTo("/v1/tracks")).willReturn(batches
                ? okJson("{\"tracks\":[" + with + "," + emptyIds + "," + falseMatch + ",null]}")
                : SpotifyFake.error(403, "Forbidden")));
        server.stubFor(get(urlPathEqualTo("/v1/search")).withQueryParam("q",
                com.github.tomakehurst.wiremock.client.WireMock.containing("Paper Summer")).willReturn(okJson(search(
                        track("5555555555555555555555", "Paper Summer (Remix)", "Kofi Adeyemi", 180_000,
                                "GBAYE2400099"),
                        track("6666666666666666666666", "Paper Summer", "Kofi Adeyemi", 181_500, "GBAYE2400002")))));
        server.stubFor(get(urlPathEqualTo("/v1/search")).withQueryParam("q",
                com.github.tomakehurst.wiremock.client.WireMock.containing("Cold Mirrors")).willReturn(okJson(search(
                        track("7777777777777777777777", "Cold Mirrors", "Ivy Byrne", 190_000, "DEABC2400005"),
                        track("8888888888888888888888", "Cold Mirrors", "Someone Else", 150_000, "DEABC2400006")))));
        List<Long> ids = List.of(storedTrack(WITH), storedTrack(EMPTY_IDS), storedTrack(FALSE_MATCH),
                storedTrack(GONE));
        TierRunQueue queue = new TierRunQueue(db, Clock.systemUTC(), Backoff.standard());
        queue.enqueue(ids, List.of(EnrichmentTier.ISRC));
        URI base = URI.create("http://127.0.0.1:" + server.port());
        SpotifyApiClient client = new SpotifyApiClient(SpotifyApiConfig.of(SpotifyFake.CLIENT_ID,
                SpotifyFake.CLIENT_SECRET).withUrls(base, base).withHttp(HttpPolicy.of(1_000, Duration.ofSeconds(1))
                .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(2))));

        PipelineReport report = new EnrichmentPipeline(db, queue, List.of(new IsrcRecoveryStage(client,
                new DatabaseCapabilityStore(new SettingsRepository(db, Clock.systemUTC())), Clock.systemUTC())),
                Clock.systemUTC()).runDue();

        assertThat(report).isEqualTo(new PipelineReport(3, 0, 1, 0));
        assertThat(isrc(ids.get(0))).isEqualTo("USUM72400001");
        assertThat(isrc(ids.get(1))).as("the remix is not the same title; 1.5 s apart is").isEqualTo("GBAYE2400002");
        assertThat(isrc(ids.get(2))).as("40 s too long, or another artist: no ISRC rather than a wrong one")
                .isNull();
        assertThat(isrc(ids.get(3))).isNull();
        FieldProvenance p = db.read(em -> em.find(FieldProvenance.class, new FieldProvenance.Key(ids.get(1),
                "isrc")));
        assertThat(p.getSource()).isEqualTo("spotify-api");
        assertThat(p.getTier()).isZero();
        server.verify(0, getRequestedFor(urlPathEqualTo("/v1/search")).withQueryParam("q",
                com.github.tomakehurst.wiremock.client.WireMock.containing("Neon Hearts")));
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/tracks")));
        server.verify(batches ? 0 : 4, getRequestedFor(urlPathMatching("/v1/tracks/.*")));
        assertThat(client.requestCounts()).containsEntry("search", 2L);
    }

    private String isrc(long trackId) {
        return db.read(em -> em.find(Track.class, trackId).getIsrc());
    }
}

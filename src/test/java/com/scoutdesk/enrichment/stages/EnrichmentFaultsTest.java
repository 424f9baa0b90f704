package com.scoutdesk.enrichment.stages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.EnrichmentPipelineAccess;
import com.scoutdesk.enrichment.PipelineReport;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.common.HttpPolicy;
import com.scoutdesk.integration.spotify.SpotifyApiClient;
import com.scoutdesk.integration.spotify.SpotifyApiConfig;
import com.scoutdesk.integration.spotify.SpotifyFake;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import com.scoutdesk.tracking.DatabaseCapabilityStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault list, end to end through the pipeline with the real client and stage against a fake Spotify on
 * 127.0.0.1: a storm of 429s, 500s, a timeout and a refused connection. Each ends in the outcome the scout should see:
 * waited out; failed and retried later with backoff (a server error is one track's trouble, the others are written);
 * deferred without counting an attempt and resumed (a rate limit or an unreachable source concerns every track).
 */
class EnrichmentFaultsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path dir;
    WireMockServer server;
    Database db;
    MutableClock clock = new MutableClock(NOW);
    TierRunQueue queue;
    DatabaseCapabilityStore capabilities;
    AtomicInteger waits = new AtomicInteger();
    List<Long> tracks = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        queue = new TierRunQueue(db, clock, Backoff.standard());
        capabilities = new DatabaseCapabilityStore(new SettingsRepository(db, clock));
        for (int n = 1; n <= 3; n++) {
            String spotifyId = SpotifyMetadataFake.trackId(n);
            tracks.add(db.write(em -> {
                Track t = TestTracks.track(spotifyId, "t", "a", NOW);
                em.persist(t);
                return t.getId();
            }));
        }
        queue.enqueue(tracks, List.of(EnrichmentTier.SPOTIFY_METADATA));
    }

    @AfterEach
    void close() {
        db.close();
        if (server != null) {
            server.stop();
        }
    }

    /** A development-mode fake: single look-ups only, which isolates each track in a batch of its own. */
    private void startFake(int port) {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(port));
        server.start();
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, true);
        fake.batchesRemoved();
        fake.singles(3);
    }

    private PipelineReport run(int port, Duration requestTimeout) {
        URI base = URI.create("http://127.0.0.1:" + port);
        SpotifyApiClient client = new SpotifyApiClient(SpotifyApiConfig.of(SpotifyFake.CLIENT_ID,
                SpotifyFake.CLIENT_SECRET).withUrls(base, base).withHttp(HttpPolicy.of(1_000, Duration.ofSeconds(1))
                .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(2))
                .withTimeouts(Duration.ofSeconds(2), requestTimeout)), clock, d -> waits.incrementAndGet());
        return new EnrichmentPipeline(db, queue, List.of(new SpotifyMetadataStage(client, capabilities, clock)),
                clock).runDue();
    }

    private PipelineReport run() {
        return run(server.port(), Duration.ofSeconds(10));
    }

    private TierRun runOf(int n) {
        return db.read(em -> em.createQuery("select r from TierRun r where r.track.id = :t", TierRun.class)
                .setParameter("t", tracks.get(n - 1)).getSingleResult());
    }

    private StubMapping track(int n, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        return server.stubFor(get("/v1/tracks/" + SpotifyMetadataFake.trackId(n)).atPriority(1).willReturn(answer));
    }

    @Test
    void aShortStormOf429sIsWaitedOutAsRetryAfterAsks() {
        startFake(0);
        String path = "/v1/tracks/" + SpotifyMetadataFake.trackId(1);
        server.stubFor(get(path).atPriority(1).inScenario("storm").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("second"));
        server.stubFor(get(path).atPriority(1).inScenario("storm").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("over"));

        assertThat(run()).isEqualTo(new PipelineReport(3, 0, 0, 0));
        assertThat(waits.get()).as("two Retry-After waits, through the sleeper").isGreaterThanOrEqualTo(2);
        assertThat(runOf(1).getStatus()).isEqualTo(TierRunStatus.DONE);
        assertThat(runOf(1).getLastError()).isNull();
    }

    @Test
    void aLongStormDefersTheRunsWithoutCountingAnAttemptAndTheyResumeAfterwards() {
        startFake(0);
        StubMapping storm = track(1, aResponse().withStatus(429).withHeader("Retry-After", "3600"));

        assertThat(run()).isEqualTo(new PipelineReport(0, 0, 0, 3));
        for (int n = 1; n <= 3; n++) {
            TierRun deferred = runOf(n);
            assertThat(deferred.getStatus()).isEqualTo(TierRunStatus.DEFERRED);
            assertThat(deferred.getAttempts()).isZero();
            assertThat(deferred.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(3600));
            assertThat(deferred.getLastError()).contains("rate-limited");
        }

        server.removeStub(storm);
        assertThat(run()).as("nothing is due before Retry-After").isEqualTo(new PipelineReport(0, 0, 0, 0));
        clock.advance(Duration.ofHours(1));
        assertThat(run().done()).isEqualTo(3);
        assertThat(runOf(1).getStatus()).isEqualTo(TierRunStatus.DONE);
    }

    @Test
    void fiveHundredsFailTheRunWhichIsRetriedWithBackoff() {
        startFake(0);
        StubMapping broken = track(2, aResponse().withStatus(500));

        assertThat(run()).isEqualTo(new PipelineReport(2, 0, 1, 0));
        TierRun failed = runOf(2);
        assertThat(failed.getStatus()).isEqualTo(TierRunStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getNextAttemptAt()).isAfter(NOW);
        assertThat(failed.getLastError()).contains("500");

        server.removeStub(broken);
        clock.advance(Duration.ofHours(1));
        assertThat(run().done()).isEqualTo(1);
    }

    @Test
    void aTimeoutIsTreatedAsUnreachableAndDeferredNotFailed() {
        startFake(0);
        StubMapping slow = server.stubFor(get("/v1/tracks/" + SpotifyMetadataFake.trackId(3)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(1_500).withBody("{}")));

        PipelineReport first = run(server.port(), Duration.ofMillis(300));
        assertThat(first.failed()).isZero();
        assertThat(first.deferred()).as("the slow track's batch").isPositive();
        assertThat(runOf(3).getStatus()).isEqualTo(TierRunStatus.DEFERRED);
        assertThat(runOf(3).getAttempts()).isZero();
        assertThat(runOf(3).getLastError()).contains("cannot be reached");

        server.removeStub(slow);
        clock.advance(EnrichmentPipelineAccess.offlineRetry());
        assertThat(run().done()).isEqualTo(first.deferred());
        assertThat(runOf(3).getStatus()).isEqualTo(TierRunStatus.DONE);
    }

    @Test
    void aRefusedConnectionDefersEveryRunAndTheyResumeWhenSpotifyIsBack() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort(); // free again once closed: nothing listens there
        }

        assertThat(run(port, Duration.ofSeconds(2))).isEqualTo(new PipelineReport(0, 0, 0, 3));
        for (int n = 1; n <= 3; n++) {
            assertThat(runOf(n).getStatus()).isEqualTo(TierRunStatus.DEFERRED);
            assertThat(runOf(n).getAttempts()).isZero();
            assertThat(runOf(n).getLastError()).contains("cannot be reached");
        }

        startFake(port);
        clock.advance(EnrichmentPipelineAccess.offlineRetry());
        assertThat(run()).isEqualTo(new PipelineReport(3, 0, 0, 0));
    }
}

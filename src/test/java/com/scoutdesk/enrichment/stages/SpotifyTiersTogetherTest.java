package com.scoutdesk.enrichment.stages;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import com.scoutdesk.integration.webplayer.LazyWebPlayerBrowser;
import com.scoutdesk.integration.webplayer.TestBrowsers;
import com.scoutdesk.integration.webplayer.WebPlayerConfig;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.tracking.DatabaseCapabilityStore;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tiers 0 and 1 in one pass, as {@code enrich} runs them: the real client over real HTTP against a fake Spotify on
 * 127.0.0.1. What is counted is what the rate limit counts: a track read by tier 0 must cost tier 1 nothing.
 */
class SpotifyTiersTogetherTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path dir;
    WireMockServer server;
    Database db;
    MutableClock clock = new MutableClock(NOW);
    TierRunQueue queue;
    DatabaseCapabilityStore capabilities;
    SpotifyApiClient client;
    List<Long> tracks = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        db = Database.open(DatabaseSettings.h2File(dir));
        queue = new TierRunQueue(db, clock, Backoff.standard());
        capabilities = new DatabaseCapabilityStore(new SettingsRepository(db, clock));
        URI base = URI.create("http://127.0.0.1:" + server.port());
        client = new SpotifyApiClient(SpotifyApiConfig.of(SpotifyFake.CLIENT_ID, SpotifyFake.CLIENT_SECRET)
                .withUrls(base, base).withHttp(HttpPolicy.of(1_000, Duration.ofSeconds(1))
                        .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(2))), clock, d -> { });
    }

    @AfterEach
    void stop() {
        db.close();
        server.stop();
    }

    /** Tracks 1..count as a playlist fetch leaves them: no ISRC yet, both Spotify tiers queued. */
    private void storeTracks(int count, List<EnrichmentTier> tiers) {
        for (int n = 1; n <= count; n++) {
            String spotifyId = SpotifyMetadataFake.trackId(n);
            tracks.add(db.write(em -> {
                Track t = new Track();
                t.setSpotifyId(spotifyId);
                t.setName("t");
                t.setArtistNames("a");
                t.setPublisherStatus(PublisherStatus.UNKNOWN);
                t.setLeadStage(LeadStage.NEW);
                t.setFirstSeenAt(NOW);
                t.setUpdatedAt(NOW);
                em.persist(t);
                return t.getId();
            }));
        }
        queue.enqueue(tracks, tiers);
    }

    private PipelineReport run() {
        return new EnrichmentPipeline(db, queue, List.of(new IsrcRecoveryStage(client, capabilities, clock),
                new SpotifyMetadataStage(client, capabilities, clock)), clock).runDue();
    }

    private Track track(int n) {
        return db.read(em -> em.find(Track.class, tracks.get(n - 1)));
    }

    private int requests(String pathRegex) {
        return server.findAll(getRequestedFor(urlPathMatching(pathRegex))).size();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<String> leadArtists() {
        return IntStream.range(1, 6).mapToObj(SpotifyMetadataFake::artistId).toList();
    }

    @Test
    void withBatchesTheTwoTiersShareOneTrackRequestPerFiftyTracks() {
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, false);
        List<List<Integer>> batches = List.of(range(1, 50), range(51, 100), range(101, 120));
        batches.forEach(fake::severalTracks);
        batches.forEach(fake::severalAudioFeatures);
        fake.severalArtists(leadArtists());
        fake.severalAlbums(IntStream.range(1, 11).mapToObj(SpotifyMetadataFake::albumId).toList());
        fake.singles(0);
        storeTracks(120, List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA));

        assertThat(run()).isEqualTo(new PipelineReport(240, 0, 0, 0));

        assertThat(requests("/v1/tracks")).as("ceil(120 / 50) for both tiers together").isEqualTo(3);
        assertThat(requests("/v1/tracks/.*")).isZero();
        assertThat(client.requestCounts()).containsEntry("several-tracks", 3L).doesNotContainKey("tracks");
        assertThat(capabilities.offUntil(SpotifyCapabilities.SEVERAL_TRACKS)).isEmpty();
        for (int n = 1; n <= 120; n++) {
            Track t = track(n);
            assertThat(t.getIsrc()).as("track %d", n).isEqualTo(String.format("QZES826%05d", n));
            assertThat(t.getReleaseDate()).as("track %d", n).isEqualTo("2026-03-06");
            assertThat(t.getPopularity()).as("track %d", n).isEqualTo(n % 40);
            assertThat(t.getLabel()).as("track %d", n).isEqualTo("Night Owl Records");
        }
    }

    /**
     * The web player failing entirely (no Chromium, nothing listening) fails only its own tier: the real Spotify tiers
     * of the same tracks are written, in the same pass.
     */
    @Test
    void aWebPlayerThatFailsEntirelyLeavesBothSpotifyTiersWritten() throws Exception {
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, false);
        fake.severalTracks(range(1, 10));
        fake.severalAudioFeatures(range(1, 10));
        fake.severalArtists(leadArtists());
        fake.severalAlbums(IntStream.range(1, 11).mapToObj(SpotifyMetadataFake::albumId).toList());
        fake.singles(0);
        storeTracks(10, List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA,
                EnrichmentTier.WEB_PLAYER_CREDITS));
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        WebPlayerConfig noBrowser = TestBrowsers.config("http://127.0.0.1:" + closed)
                .withChromiumExecutable(dir.resolve("no-such-chromium"));

        PipelineReport report;
        try (LazyWebPlayerBrowser broken = new LazyWebPlayerBrowser(noBrowser)) {
            report = new EnrichmentPipeline(db, queue, List.of(new IsrcRecoveryStage(client, capabilities, clock),
                    new SpotifyMetadataStage(client, capabilities, clock), new WebPlayerCreditsStage(broken,
                    new DatabaseWebPlayerFreshness(db), WebPlayerCreditsStage.Settings.defaults(), clock)), clock)
                    .runDue();
        }

        assertThat(report).as("20 Spotify runs done, 10 web player runs failed").isEqualTo(new PipelineReport(20, 0,
                10, 0));
        for (int n = 1; n <= 10; n++) {
            Track t = track(n);
            assertThat(t.getIsrc()).as("track %d", n).isEqualTo(String.format("QZES826%05d", n));
            assertThat(t.getLabel()).as("track %d", n).isEqualTo("Night Owl Records");
            assertThat(status(n, EnrichmentTier.ISRC)).isEqualTo(TierRunStatus.DONE);
            assertThat(status(n, EnrichmentTier.SPOTIFY_METADATA)).isEqualTo(TierRunStatus.DONE);
            assertThat(status(n, EnrichmentTier.WEB_PLAYER_CREDITS)).isEqualTo(TierRunStatus.FAILED);
        }
    }

    private TierRunStatus status(int n, EnrichmentTier tier) {
        return db.read(em -> em.createQuery("select r.status from TierRun r where r.track.id = :t and r.tier = :n",
                TierRunStatus.class).setParameter("t", tracks.get(n - 1)).setParameter("n", tier.number())
                .getSingleResult());
    }

    /** Tier 1 batches made of other tracks than tier 0's ask other URLs: only the per-track cache spares them. */
    @Test
    void tracksReadByTierZeroCostTierOneNothingEvenInOtherBatches() {
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, false);
        List.of(range(1, 50), range(51, 100), range(101, 120)).forEach(fake::severalTracks);
        fake.singles(0);
        storeTracks(120, List.of(EnrichmentTier.ISRC));
        List<Long> even = IntStream.rangeClosed(1, 60).mapToObj(i -> tracks.get(2 * i - 1)).toList();
        queue.enqueue(even, List.of(EnrichmentTier.SPOTIFY_METADATA));

        assertThat(run()).isEqualTo(new PipelineReport(180, 0, 0, 0));

        assertThat(requests("/v1/tracks")).as("tier 0's three; tier 1's two batches come from the cache")
                .isEqualTo(3);
        assertThat(requests("/v1/tracks/.*")).isZero();
        assertThat(track(120).getReleaseDate()).isEqualTo("2026-03-06");
        assertThat(track(119).getIsrc()).isEqualTo("QZES82600119");
        assertThat(track(119).getReleaseDate()).as("tier 1 was not queued for odd tracks").isNull();
    }

    @Test
    void withoutBatchesEveryTrackCostsOneRequestForBothTiers() {
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, true);
        fake.batchesRemoved();
        fake.singles(120);
        storeTracks(120, List.of(EnrichmentTier.ISRC, EnrichmentTier.SPOTIFY_METADATA));

        assertThat(run()).isEqualTo(new PipelineReport(240, 0, 0, 0));

        assertThat(requests("/v1/tracks/.*")).as("one per track, not one per track and tier").isEqualTo(120);
        assertThat(requests("/v1/tracks")).as("the refused batch, asked once by each batch already under way")
                .isBetween(1, SpotifyApiClient.CONCURRENT_BATCHES);
        assertThat(client.requestCounts()).containsEntry("tracks", 120L);
        assertThat(capabilities.offUntil(SpotifyCapabilities.SEVERAL_TRACKS)).contains(NOW.plus(Duration.ofDays(1)));
        assertThat(capabilities.offUntil(SpotifyCapabilities.AUDIO_FEATURES)).isPresent();
        for (int n = 1; n <= 120; n++) {
            Track t = track(n);
            assertThat(t.getIsrc()).as("track %d", n).isEqualTo(String.format("QZES826%05d", n));
            assertThat(t.getReleaseDate()).as("track %d", n).isEqualTo("2026-03-06");
            assertThat(t.getPopularity()).as("withheld in development mode").isNull();
        }
    }

    @Test
    void fortyFiveAlbumsCostThreeAlbumRequests() {
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, false, 45);
        fake.severalTracks(range(1, 50));
        fake.severalAudioFeatures(range(1, 50));
        fake.severalArtists(leadArtists());
        // Tracks 1..50 on albums n % 45: albums 1..44 and 0, in the order the tracks name them.
        List<String> albums = IntStream.rangeClosed(1, 45).mapToObj(n -> SpotifyMetadataFake.albumId(n, 45))
                .toList();
        fake.severalAlbums(albums.subList(0, 20));
        fake.severalAlbums(albums.subList(20, 40));
        fake.severalAlbums(albums.subList(40, 45));
        fake.singles(0);
        storeTracks(50, List.of(EnrichmentTier.SPOTIFY_METADATA));

        assertThat(run()).isEqualTo(new PipelineReport(50, 0, 0, 0));

        assertThat(requests("/v1/albums")).as("20 + 20 + 5").isEqualTo(3);
        assertThat(requests("/v1/albums/.*")).isZero();
        assertThat(client.requestCounts()).containsEntry("several-albums", 3L).doesNotContainKey("albums");
        for (int n : List.of(1, 20, 21, 44, 45, 50)) {
            assertThat(track(n).getLabel()).as("track %d", n).isEqualTo("Night Owl Records");
            assertThat(track(n).getPLine()).as("track %d", n).startsWith("(P) 2026 Night Owl Records");
        }
        assertThat(capabilities.offUntil(SpotifyCapabilities.SEVERAL_ALBUMS)).isEmpty();
    }

    @Test
    void aRefusedAlbumBatchSwitchesItOffAndSingleAlbumLookUpsWrite() {
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, false);
        fake.severalTracks(range(1, 20));
        fake.severalAudioFeatures(range(1, 20));
        fake.severalArtists(leadArtists());
        fake.singles(0);
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/albums"))
                .willReturn(SpotifyFake.error(403, "Forbidden")));
        storeTracks(20, List.of(EnrichmentTier.SPOTIFY_METADATA));

        assertThat(run()).isEqualTo(new PipelineReport(20, 0, 0, 0));

        assertThat(requests("/v1/albums")).isEqualTo(1);
        assertThat(requests("/v1/albums/.*")).as("one per distinct album").isEqualTo(10);
        assertThat(capabilities.offUntil(SpotifyCapabilities.SEVERAL_ALBUMS)).contains(NOW.plus(Duration.ofDays(1)));
        assertThat(track(7).getLabel()).isEqualTo("Night Owl Records");
    }
}

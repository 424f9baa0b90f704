package com.scoutdesk.enrichment.stages;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.tracking.DatabaseCapabilityStore;
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
 * Tier 1 end to end: the real client over real HTTP against a fake Spotify on 127.0.0.1 speaking the recorded shapes,
 * the pipeline, and an H2 workspace. Requests are counted, because the rate limit counts every one.
 */
class SpotifyMetadataStageTest {

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

    private void storeTracks(int count) {
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
        queue.enqueue(tracks, List.of(EnrichmentTier.SPOTIFY_METADATA));
    }

    private PipelineReport run() {
        return new EnrichmentPipeline(db, queue, List.of(stage()), clock).runDue();
    }

    private SpotifyMetadataStage stage() {
        return new SpotifyMetadataStage(client, capabilities, clock);
    }

    private Track track(int n) {
        return db.read(em -> {
            Track t = em.find(Track.class, tracks.get(n - 1));
            t.artistAudience();
            t.audioFeatures();
            return t;
        });
    }

    private FieldProvenance provenance(int n, String field) {
        return db.read(em -> em.find(FieldProvenance.class, new FieldProvenance.Key(tracks.get(n - 1), field)));
    }

    private List<TierRun> runs() {
        return db.read(em -> em.createQuery("select r from TierRun r order by r.id", TierRun.class).getResultList());
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
    void aBatchOfFiftyCostsOneRequestPerBatchEndpointAndWritesEveryValue() {
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, false);
        fake.severalTracks(range(1, 50));
        fake.severalArtists(leadArtists());
        fake.severalAlbums(IntStream.range(1, 11).mapToObj(SpotifyMetadataFake::albumId).toList());
        fake.severalAudioFeatures(range(1, 50));
        fake.singles(0);
        storeTracks(50);

        assertThat(stage().batchSize()).isEqualTo(50);
        assertThat(run()).isEqualTo(new PipelineReport(50, 0, 0, 0));

        assertThat(requests("/v1/tracks")).isEqualTo(1);
        assertThat(requests("/v1/tracks/.*")).isZero();
        assertThat(requests("/v1/artists")).isEqualTo(1);
        assertThat(requests("/v1/artists/.*")).isZero();
        assertThat(requests("/v1/audio-features")).isEqualTo(1);
        assertThat(requests("/v1/albums")).as("ten distinct albums in one request").isEqualTo(1);
        assertThat(requests("/v1/albums/.*")).isZero();
        assertThat(client.requestCount()).as("token + 4 batches").isEqualTo(5);
        assertThat(client.requestCounts()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("token", 1L,
                "several-tracks", 1L, "several-artists", 1L, "several-albums", 1L, "audio-features", 1L));

        Track t = track(7);
        assertThat(t.getIsrc()).isEqualTo("QZES82600007");
        assertThat(t.getPopularity()).isEqualTo(7);
        assertThat(t.getDurationMs()).isEqualTo(201_733);
        assertThat(t.getExplicitContent()).isTrue();
        assertThat(t.getReleaseDate()).isEqualTo("2026-03-06");
        assertThat(t.getAlbumName()).isEqualTo("Paper Lanterns");
        assertThat(t.getImageUrl()).endsWith("ab67616d0000b273aa00000000000000000000a1");
        assertThat(t.getLabel()).as("the album's label where Spotify gives it").isEqualTo("Night Owl Records");
        assertThat(t.getPLine()).startsWith("(P) 2026 Night Owl Records");
        assertThat(t.artistAudience().getFollowers()).isEqualTo(18_342L);
        assertThat(t.artistAudience().getPopularity()).isEqualTo(38);
        assertThat(t.artistAudience().getGenres()).isEqualTo("bedroom pop, indie soul");
        assertThat(t.audioFeatures().getDanceability()).isEqualTo(0.712);
        assertThat(t.audioFeatures().getTempo()).isEqualTo(118.004);
        assertThat(t.audioFeatures().getLoudness()).isEqualTo(-6.218);
        assertThat(t.audioFeatures().getTimeSignature()).isEqualTo(4);
        assertThat(t.audioFeatures().getInstrumentalness()).as("a 0 Spotify sent is a real 0").isEqualTo(0.0);
        assertThat(t.audioFeatures().getMusicalKey()).as("C is pitch class 0").isZero();
        assertThat(provenance(7, "instrumentalness").isNotAvailable()).isFalse();
        assertThat(track(40).getPopularity()).as("a real 0").isZero();
        assertThat(provenance(40, "popularity").isNotAvailable()).isFalse();
        FieldProvenance p = provenance(7, "danceability");
        assertThat(p.getSource()).isEqualTo("spotify-api");
        assertThat(p.getTier()).isEqualTo(1);
        assertThat(p.getFetchedAt()).isEqualTo(NOW);
    }

    @Test
    void fiftyOneTracksTakeTwoTrackRequests() {
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, false);
        fake.severalTracks(range(1, 50));
        fake.severalArtists(leadArtists());
        fake.severalAudioFeatures(range(1, 50));
        fake.severalAudioFeatures(List.of(51));
        fake.singles(51);
        storeTracks(51);

        assertThat(run().done()).isEqualTo(51);

        assertThat(requests("/v1/tracks") + requests("/v1/tracks/.*")).isEqualTo(2);
        assertThat(requests("/v1/tracks")).as("the 51st alone needs no batch call").isEqualTo(1);
        assertThat(track(51).getPopularity()).isEqualTo(11);
        assertThat(track(51).audioFeatures().getEnergy()).isEqualTo(0.648);
    }

    @Test
    void aRefusedBatchEndpointSwitchesTheCapabilityOffForADayAndSingleCallsStillWrite() {
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, true);
        fake.batchesRemoved();
        fake.singles(4);
        storeTracks(4);

        assertThat(run()).isEqualTo(new PipelineReport(4, 0, 0, 0));

        assertThat(capabilities.offUntil(SpotifyCapabilities.SEVERAL_TRACKS)).contains(NOW.plus(Duration.ofDays(1)));
        assertThat(capabilities.offUntil(SpotifyCapabilities.SEVERAL_ARTISTS)).isPresent();
        assertThat(capabilities.offUntil(SpotifyCapabilities.AUDIO_FEATURES)).isPresent();
        assertThat(stage().batchSize()).isEqualTo(1);
        assertThat(requests("/v1/tracks")).as("asked once, then remembered").isEqualTo(1);
        assertThat(requests("/v1/tracks/.*")).isEqualTo(4);
        assertThat(requests("/v1/audio-features")).isEqualTo(1);
        Track t = track(3);
        assertThat(t.getIsrc()).isEqualTo("QZES82600003");
        assertThat(t.getReleaseDate()).isEqualTo("2026-03-06");
        assertThat(t.artistAudience().getGenres()).isEqualTo("bedroom pop, indie soul");
        assertThat(t.getLabel()).as("no label in development mode: the P-line's owner")
                .isEqualTo("Night Owl Records under exclusive licence to Lantern Music");

        assertThat(t.getPopularity()).as("withheld: null, never 0").isNull();
        assertThat(t.artistAudience().getFollowers()).isNull();
        assertThat(t.artistAudience().getPopularity()).isNull();
        assertThat(t.audioFeatures().getDanceability()).isNull();
        for (String field : List.of("popularity", "artist_followers", "artist_popularity", "danceability",
                "time_signature")) {
            FieldProvenance p = provenance(3, field);
            assertThat(p).as(field).isNotNull();
            assertThat(p.isNotAvailable()).as(field).isTrue();
            assertThat(p.getSource()).isEqualTo("spotify-api");
            assertThat(p.getFetchedAt()).isEqualTo(NOW);
        }
        assertThat(provenance(3, "label").isNotAvailable()).isFalse();

        clock.advance(Duration.ofDays(8));
        queue.enqueue(tracks.subList(0, 1), List.of(EnrichmentTier.SPOTIFY_METADATA));
        int before = requests("/v1/tracks");
        assertThat(run().done()).isEqualTo(1);
        assertThat(requests("/v1/tracks")).as("a day later the batch endpoint is tried again, but alone a track "
                + "needs none").isEqualTo(before);
    }

    @Test
    void freshTracksAreSkippedAndAValueFromEarlierIsNotErasedByAWithheldOne() {
        SpotifyMetadataFake extended = new SpotifyMetadataFake(server, false);
        extended.singles(1);
        extended.severalAudioFeatures(List.of(1));
        storeTracks(1);
        assertThat(run().done()).isEqualTo(1);
        assertThat(track(1).getPopularity()).isEqualTo(1);

        queue.enqueue(tracks, List.of(EnrichmentTier.SPOTIFY_METADATA));
        assertThat(run()).as("looked up today: complete and fresh").isEqualTo(new PipelineReport(0, 1, 0, 0));

        server.resetAll();
        SpotifyMetadataFake dev = new SpotifyMetadataFake(server, true);
        dev.singles(1);
        server.stubFor(get(urlPathEqualTo("/v1/audio-features")).willReturn(SpotifyFake.error(403, "Forbidden")));
        clock.advance(Duration.ofDays(8));
        queue.enqueue(tracks, List.of(EnrichmentTier.SPOTIFY_METADATA));
        assertThat(run().done()).isEqualTo(1);
        assertThat(track(1).getPopularity()).as("the value an earlier answer gave stays").isEqualTo(1);
        assertThat(provenance(1, "popularity").isNotAvailable()).isFalse();
        assertThat(track(1).audioFeatures().getEnergy()).isEqualTo(0.648);
    }

    @Test
    void audioFeaturesRefusedAreNotAvailableNotAFailure() {
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, false);
        fake.severalTracks(range(1, 3));
        fake.severalArtists(List.of(SpotifyMetadataFake.artistId(1), SpotifyMetadataFake.artistId(2),
                SpotifyMetadataFake.artistId(3)));
        fake.singles(0);
        server.stubFor(get(urlPathEqualTo("/v1/audio-features")).willReturn(SpotifyFake.error(403, "Forbidden")));
        storeTracks(3);

        assertThat(run()).isEqualTo(new PipelineReport(3, 0, 0, 0));
        assertThat(track(2).getPopularity()).isEqualTo(2);
        assertThat(track(2).audioFeatures().getTempo()).isNull();
        assertThat(provenance(2, "tempo").isNotAvailable()).isTrue();
        assertThat(capabilities.offUntil(SpotifyCapabilities.SEVERAL_TRACKS)).isEmpty();
        assertThat(capabilities.offUntil(SpotifyCapabilities.AUDIO_FEATURES)).isPresent();
    }

    @Test
    void aRateLimitOnTheBatchDefersTheWholeBatchWithoutCountingAnAttempt() {
        new SpotifyMetadataFake(server, false);
        server.stubFor(get(urlPathEqualTo("/v1/tracks")).willReturn(SpotifyMetadataFake.json(429,
                "{\"error\":{\"status\":429,\"message\":\"API rate limit exceeded\"}}").withHeader("Retry-After",
                "3600")));
        storeTracks(5);

        assertThat(run()).isEqualTo(new PipelineReport(0, 0, 0, 5));
        assertThat(runs()).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(TierRunStatus.DEFERRED);
            assertThat(r.getAttempts()).isZero();
            assertThat(r.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        });
        assertThat(capabilities.offUntil(SpotifyCapabilities.SEVERAL_TRACKS)).as("a 429 says nothing about what "
                + "the app may do").isEmpty();
    }

    @Test
    void malformedJsonFailsAsAChangedShapeNotAsARefusal() {
        new SpotifyMetadataFake(server, false);
        server.stubFor(get(urlPathEqualTo("/v1/tracks")).willReturn(SpotifyMetadataFake.json(200,
                "{\"tracks\":[{\"id\":\"TrackId000000000000001\",\"duration_ms\":\"long\"")));
        storeTracks(2);

        assertThat(run()).isEqualTo(new PipelineReport(0, 0, 2, 0));
        assertThat(runs()).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(TierRunStatus.FAILED);
            assertThat(r.getAttempts()).isEqualTo(1);
            assertThat(r.getLastError()).contains("changed").contains("tracks");
        });
        assertThat(capabilities.offUntil(SpotifyCapabilities.SEVERAL_TRACKS)).isEmpty();
        assertThat(track(1).getPopularity()).isNull();
    }

    @Test
    void aTrackSpotifyNoLongerHasFailsAloneWhileTheRestAreWritten() {
        SpotifyMetadataFake fake = new SpotifyMetadataFake(server, false);
        fake.severalTracks(range(1, 2));
        fake.severalArtists(List.of(SpotifyMetadataFake.artistId(1)));
        fake.severalAudioFeatures(List.of(1));
        fake.singles(0);
        storeTracks(2);
        // Spotify answers null in the array for an id it does not know: serve only track 1.
        server.stubFor(get(urlPathEqualTo("/v1/tracks")).willReturn(SpotifyMetadataFake.json(200,
                "{\"tracks\":[" + fake.track(1) + ",null]}")));

        assertThat(run()).isEqualTo(new PipelineReport(1, 0, 1, 0));
        assertThat(track(1).getIsrc()).isEqualTo("QZES82600001");
        assertThat(runs().get(1).getLastError()).contains("no longer has");
    }
}

package com.scoutdesk.enrichment.stages;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.common.HttpPolicy;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.integration.mlc.MlcClient;
import com.scoutdesk.integration.mlc.MlcConfig;
import com.scoutdesk.integration.mlc.MlcFake;
import com.scoutdesk.model.Credit;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Tier 3 through the real pipeline, on H2, against a fake MLC on 127.0.0.1. */
class MlcPublisherStageTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @TempDir
    Path dir;
    Database db;
    TierRunQueue queue;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    final MlcFake fake = new MlcFake(SERVER, SERVER.getPort());

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        queue = new TierRunQueue(db, clock, Backoff.standard());
        fake.login();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anIsrcTheMlcKnowsGivesTheStatusShareNamesIswcAndTheWritersAsCredits() {
        fake.recordings("QZES82600001", "recordings-neon-hearts.json");
        fake.work("NB7K2Q", "work-neon-hearts.json");
        long track = track("Neon Hearts", "Mara Vell", "QZES82600001");

        assertThat(run(stage(fake.config())).done()).isEqualTo(1);

        assertThat(status(track)).isEqualTo(TierRunStatus.DONE);
        Track t = db.read(em -> em.find(Track.class, track));
        assertThat(t.getPublisherStatus()).isEqualTo(PublisherStatus.MAJOR);
        assertThat(t.getPublisherName()).isEqualTo("MARA VELL MUSIC; QUILLWORKS SONGS (SONGS OF UNIVERSAL INC)");
        assertThat(column(track, "publisher_share")).isEqualTo(75.5);
        assertThat(column(track, "iswc")).isEqualTo("T9123456780");
        assertThat(column(track, "mlc_song_code")).isEqualTo("NB7K2Q");
        assertThat(column(track, "mlc_found")).isEqualTo(true);
        FieldProvenance p = provenance(track, "publisher_status");
        assertThat(p.getSource()).isEqualTo("mlc");
        assertThat(p.getTier()).isEqualTo(3);
        assertThat(credits(track)).containsExactlyInAnyOrder(
                tuple("Mara Vell", "00412345693", CreditRole.WRITER, "mlc"),
                tuple("Sam Quill", "00598765470", CreditRole.COMPOSER, "mlc"),
                tuple("Jo Penn", null, CreditRole.LYRICIST, "mlc"));
    }

    @Test
    void aTrackAskedAboutWithinAMonthIsSkippedAndAskedAgainAfter() {
        fake.noRecordings("QZES82600006");
        long track = track("Cold Mirrors", "Ivy Byrne", "QZES82600006");
        MlcPublisherStage stage = stage(fake.config());
        run(stage);

        clock.advance(Duration.ofDays(29));
        queue.enqueue(List.of(track), List.of(EnrichmentTier.MLC_PUBLISHER));
        assertThat(run(stage).skipped()).isEqualTo(1);

        clock.advance(Duration.ofDays(2));
        queue.enqueue(List.of(track), List.of(EnrichmentTier.MLC_PUBLISHER));
        assertThat(run(stage).done()).isEqualTo(1);
        SERVER.verify(2, postRequestedFor(urlPathEqualTo("/search/recordings")));
    }

    @Test
    void aTrackWithoutIsrcIsNotApplicableAndAsksNothing() {
        long track = track("No Code", "Mara Vell", null);

        run(stage(fake.config()));

        assertThat(status(track)).isEqualTo(TierRunStatus.NOT_APPLICABLE);
        assertThat(runOf(track).getLastError()).isEqualTo("no ISRC to look up at The MLC");
        SERVER.verify(0, postRequestedFor(urlPathEqualTo("/search/recordings")));
        assertThat(db.read(em -> em.find(Track.class, track)).getPublisherStatus())
                .isEqualTo(PublisherStatus.UNKNOWN);
    }

    @Test
    void anUnmatchedIsrcIsSearchedByTitleAndTheSongwritersTier2Credited() {
        fake.noRecordings("QZES82600002");
        fake.songcodeSearch("songcode-paper-summer.json");
        fake.work("PL4M9X", "work-self-published.json");
        long track = track("Paper Summer (feat. Jo Penn)", "Olafur Okafor", "QZES82600002");
        credit(track, "Olafur Okafor", CreditRole.WRITER, "webplayer");

        run(stage(fake.config()));

        Track t = db.read(em -> em.find(Track.class, track));
        assertThat(t.getPublisherStatus()).isEqualTo(PublisherStatus.SELF_PUBLISHED);
        assertThat(column(track, "publisher_share")).isEqualTo(100.0);
        SERVER.verify(postRequestedFor(urlPathEqualTo("/search/songcode")).withRequestBody(
                com.github.tomakehurst.wiremock.client.WireMock.equalToJson("{\"title\":\"Paper Summer\","
                        + "\"writers\":[{\"writerFirstName\":\"Olafur\",\"writerLastName\":\"Okafor\"}]}")));
        assertThat(credits(track)).as("the web player's credit and The MLC's are the same person, now with an IPI")
                .containsExactlyInAnyOrder(tuple("Olafur Okafor", "00111222350", CreditRole.WRITER, "webplayer"),
                        tuple("Olafur Okafor", "00111222350", CreditRole.WRITER, "mlc"));
    }

    @Test
    void aSongTheMlcDoesNotKnowIsDoneAsNotFoundAndStaysUnknownNeverUnpublished() {
        fake.noRecordings("QZES82600003");
        long track = track("Quiet Rooms", "Sami Holm", "QZES82600003");

        run(stage(fake.config()));

        assertThat(status(track)).isEqualTo(TierRunStatus.DONE);
        assertThat(db.read(em -> em.find(Track.class, track)).getPublisherStatus())
                .isEqualTo(PublisherStatus.UNKNOWN);
        assertThat(column(track, "mlc_found")).isEqualTo(false);
        assertThat(provenance(track, "publisher_status").isNotAvailable()).isTrue();
        SERVER.verify(0, postRequestedFor(urlPathEqualTo("/search/songcode")));
    }

    @Test
    void aWorkWithoutPublishersIsUnpublished() {
        SERVER.stubFor(fake.authorised(post("/search/recordings")).willReturn(MlcFake.json(200,
                "[{\"id\":\"R1\",\"isrc\":\"QZES82600004\",\"title\":\"QUIET ROOMS\",\"artist\":\"SAMI HOLM\","
                        + "\"labels\":null,\"mlcsongCode\":\"QR3T8W\"}]")));
        fake.work("QR3T8W", "work-unpublished.json");
        long track = track("Quiet Rooms", "Sami Holm", "QZES82600004");

        run(stage(fake.config()));

        assertThat(db.read(em -> em.find(Track.class, track)).getPublisherStatus())
                .isEqualTo(PublisherStatus.UNPUBLISHED);
        assertThat(column(track, "publisher_share")).isEqualTo(0.0);
    }

    @Test
    void refusedCredentialsFailTheRunWithTheMessage() {
        long refused = track("Neon Hearts", "Mara Vell", "QZES82600001");
        MlcConfig wrong = new MlcConfig(fake.config().baseUrl(), MlcFake.USERNAME, "wrong-password",
                fake.config().http());
        run(stage(wrong));
        assertThat(status(refused)).isEqualTo(TierRunStatus.FAILED);
        assertThat(runOf(refused).getLastError()).contains("The MLC refused the credentials")
                .doesNotContain("wrong-password");
    }

    @Test
    void anUnreachableMlcDefersTheRun() throws IOException {
        long offline = track("Glass Tides", "Lumen Drive", "QZES82600005");
        MlcConfig closed = new MlcConfig(URI.create("http://127.0.0.1:" + closedPort()), MlcFake.USERNAME,
                MlcFake.PASSWORD, HttpPolicy.of(1_000, Duration.ofSeconds(1)).withRetries(2, Duration.ofMillis(1),
                Duration.ofMillis(2)));
        run(stage(closed));
        assertThat(status(offline)).isEqualTo(TierRunStatus.DEFERRED);
        assertThat(runOf(offline).getAttempts()).as("offline is not the track's fault").isZero();
    }

    private MlcPublisherStage stage(MlcConfig config) {
        return new MlcPublisherStage(new MlcClient(config, clock, new RecordingSleeper()),
                new DatabaseSongwriterNames(db), MlcPublisherStage.Settings.defaults(), clock);
    }

    private com.scoutdesk.enrichment.PipelineReport run(MlcPublisherStage stage) {
        return new EnrichmentPipeline(db, queue, List.of(stage), clock).runDue();
    }

    private long track(String name, String artists, String isrc) {
        long id = db.write(em -> {
            Track t = TestTracks.track("T" + name.hashCode() + "x" + System.nanoTime(), name, artists,
                    clock.instant());
            em.persist(t);
            return t.getId();
        });
        if (isrc != null) { // the entity has no ISRC property: the column belongs to its declared field
            db.writeVoid(em -> em.createNativeQuery("update track set isrc = '" + isrc + "' where id = " + id)
                    .executeUpdate());
        }
        queue.enqueue(List.of(id), List.of(EnrichmentTier.MLC_PUBLISHER));
        return id;
    }

    private void credit(long trackId, String name, CreditRole role, String source) {
        db.writeVoid(em -> {
            Person p = new Person();
            p.setName(name);
            em.persist(p);
            Credit c = new Credit();
            c.setTrack(em.find(Track.class, trackId));
            c.setPerson(p);
            c.setRole(role);
            c.setSource(source);
            c.setFetchedAt(clock.instant());
            em.persist(c);
        });
    }

    private Object column(long track, String column) {
        return db.read(em -> em.createNativeQuery("select " + column + " from track where id = " + track)
                .getSingleResult());
    }

    private FieldProvenance provenance(long track, String field) {
        return db.read(em -> em.find(FieldProvenance.class, new FieldProvenance.Key(track, field)));
    }

    private List<org.assertj.core.groups.Tuple> credits(long track) {
        return db.read(em -> em.createQuery("select c.person.name, c.person.ipi, c.role, c.source "
                        + "from Credit c where c.track.id = :t", Object[].class).setParameter("t", track)
                .getResultList()).stream().map(r -> tuple(r[0], r[1], r[2], r[3])).toList();
    }

    private TierRunStatus status(long track) {
        return runOf(track).getStatus();
    }

    private TierRun runOf(long track) {
        return db.read(em -> em.createQuery("select r from TierRun r where r.track.id = :t and r.tier = :n",
                TierRun.class).setParameter("t", track).setParameter("n", EnrichmentTier.MLC_PUBLISHER.number())
                .getSingleResult());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

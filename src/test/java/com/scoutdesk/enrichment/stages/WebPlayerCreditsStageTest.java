package com.scoutdesk.enrichment.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.EnrichmentStage;
import com.scoutdesk.enrichment.PipelineReport;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.integration.webplayer.FakeWebPlayerServer;
import com.scoutdesk.integration.webplayer.LazyWebPlayerBrowser;
import com.scoutdesk.integration.webplayer.TestBrowsers;
import com.scoutdesk.integration.webplayer.TrackFixture;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.MutableClock;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tier 2 through the real pipeline, on H2, with real Chromium reading local track pages. */
class WebPlayerCreditsStageTest {

    private static FakeWebPlayerServer server;
    private static LazyWebPlayerBrowser browser;

    @TempDir
    Path dir;
    Database db;
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    TierRunQueue queue;

    @BeforeAll
    static void startBrowser() throws IOException {
        server = FakeWebPlayerServer.start();
        browser = new LazyWebPlayerBrowser(TestBrowsers.config(server.baseUrl()));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        queue = new TierRunQueue(db, clock, Backoff.standard());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void creditsAndPlayCountAreWrittenWithTheWebPlayerAsSource() {
        long track = track(server.serveTrack(TrackFixture.of("stagecredits")).id());

        assertThat(run(stage(browser))).isEqualTo(new PipelineReport(1, 0, 0, 0));

        assertThat(status(track)).isEqualTo(TierRunStatus.DONE);
        Track t = db.read(em -> em.find(Track.class, track));
        assertThat(t.getSpotifyStreams()).isEqualTo(1_234_567L);
        FieldProvenance p = db.read(em -> em.find(FieldProvenance.class,
                new FieldProvenance.Key(track, "spotify_streams")));
        assertThat(p.getSource()).isEqualTo("webplayer");
        assertThat(p.getTier()).isEqualTo(2);
        assertThat(credits(track)).containsExactlyInAnyOrder(
                tuple("Mara Vell", TrackFixture.artistId("mara"), CreditRole.MAIN_ARTIST, "webplayer"),
                tuple("Sam Quill", TrackFixture.artistId("sam"), CreditRole.COMPOSER, "webplayer"),
                tuple("Sam Quill", TrackFixture.artistId("sam"), CreditRole.LYRICIST, "webplayer"),
                tuple("Jo Penn", null, CreditRole.WRITER, "webplayer"),
                tuple("Pat Knob", TrackFixture.artistId("pat"), CreditRole.PRODUCER, "webplayer"),
                tuple("Kim Fader", null, CreditRole.ENGINEER, "webplayer"));
        assertThat(count("Person")).as("Sam Quill is one person with two roles").isEqualTo(5);
        assertThat(t.hasCredits()).as("derived columns refreshed with the credits").isTrue();
        assertThat(t.hasSongwriter()).isTrue();
    }

    @Test
    void aPageWithoutCreditsIsDoneWithThePlayCountAndNoCredits() {
        long track = track(server.serveTrack(TrackFixture.of("stagenone").withoutCredits()).id());

        assertThat(run(stage(browser)).done()).isEqualTo(1);

        assertThat(status(track)).isEqualTo(TierRunStatus.DONE);
        Track t = db.read(em -> em.find(Track.class, track));
        assertThat(t.getSpotifyStreams()).isEqualTo(1_234_567L);
        assertThat(credits(track)).isEmpty();
        assertThat(t.hasCredits()).isFalse();
    }

    @Test
    void runningTheSameTrackAgainMakesNoSecondPersonOrCredit() {
        // People already known: one by Spotify id, one by name only; both must be reused, not copied.
        db.writeVoid(em -> {
            em.persist(person("Sam Quill", TrackFixture.artistId("sam")));
            em.persist(person("Jo Penn", null));
        });
        long track = track(server.serveTrack(TrackFixture.of("stagetwice")).id());
        EnrichmentStage stage = stage(browser);

        run(stage);
        clock.advance(Duration.ofDays(8));
        queue.enqueue(List.of(track), List.of(EnrichmentTier.WEB_PLAYER_CREDITS));
        assertThat(run(stage).done()).as("stale after a week, so read again").isEqualTo(1);

        assertThat(count("Person")).isEqualTo(5);
        assertThat(count("Credit")).isEqualTo(6);
        Instant oldest = db.read(em -> em.createQuery("select min(c.fetchedAt) from Credit c", Instant.class)
                .getSingleResult());
        assertThat(oldest).as("the second read refreshed every credit").isEqualTo(clock.instant());
    }

    @Test
    void aTrackWithFreshWebPlayerDataIsSkipped() {
        long track = track(server.serveTrack(TrackFixture.of("stagefresh")).id());
        EnrichmentStage stage = stage(browser);
        run(stage);
        clock.advance(Duration.ofDays(1));
        queue.enqueue(List.of(track), List.of(EnrichmentTier.WEB_PLAYER_CREDITS));

        assertThat(run(stage)).isEqualTo(new PipelineReport(0, 1, 0, 0));
    }

    @Test
    void aChangedShapeFailsTheRunAndSaysSo() {
        long track = track(server.serveTrack(TrackFixture.of("stagebad").withBadPlaycount()).id());

        assertThat(run(stage(browser)).failed()).isEqualTo(1);

        TierRun run = run(track);
        assertThat(run.getStatus()).isEqualTo(TierRunStatus.FAILED);
        assertThat(run.getLastError()).contains("changed").contains("play count");
        assertThat(db.read(em -> em.find(Track.class, track)).getSpotifyStreams()).isNull();
    }

    @Test
    void aTimeoutFailsTheRunWhileAnUnreachableWebPlayerDefersIt() throws IOException {
        long slow = track(server.serveTrack(TrackFixture.of("stageslow").withTrackDelay(6_000)).id());
        try (LazyWebPlayerBrowser impatient = new LazyWebPlayerBrowser(TestBrowsers.config(server.baseUrl())
                .withPageTimeout(Duration.ofSeconds(3)))) {
            run(stage(impatient));
        }
        assertThat(run(slow).getStatus()).isEqualTo(TierRunStatus.FAILED);
        assertThat(run(slow).getLastError()).startsWith("Timed out");
        assertThat(run(slow).getAttempts()).isEqualTo(1);

        long unreachable = track(TrackFixture.id("stageoffline"));
        try (LazyWebPlayerBrowser offline = new LazyWebPlayerBrowser(
                TestBrowsers.config("http://127.0.0.1:" + closedPort()))) {
            run(stage(offline));
        }
        assertThat(run(unreachable).getStatus()).isEqualTo(TierRunStatus.DEFERRED);
        assertThat(run(unreachable).getAttempts()).as("offline is not the track's fault").isZero();
    }

    private WebPlayerCreditsStage stage(LazyWebPlayerBrowser on) {
        return new WebPlayerCreditsStage(on, new DatabaseWebPlayerFreshness(db),
                WebPlayerCreditsStage.Settings.defaults(), clock);
    }

    private PipelineReport run(EnrichmentStage... stages) {
        return new EnrichmentPipeline(db, queue, List.of(stages), clock).runDue();
    }

    private long track(String spotifyId) {
        long id = db.write(em -> {
            Track t = new Track();
            t.setSpotifyId(spotifyId);
            t.setName("Song " + spotifyId);
            t.setArtistNames("Mara Vell");
            t.setPublisherStatus(PublisherStatus.UNKNOWN);
            t.setLeadStage(LeadStage.NEW);
            t.setFirstSeenAt(clock.instant());
            t.setUpdatedAt(clock.instant());
            em.persist(t);
            return t.getId();
        });
        queue.enqueue(List.of(id), List.of(EnrichmentTier.WEB_PLAYER_CREDITS));
        return id;
    }

    private static Person person(String name, String spotifyId) {
        Person p = new Person();
        p.setName(name);
        p.setSpotifyArtistId(spotifyId);
        return p;
    }

    private List<org.assertj.core.groups.Tuple> credits(long track) {
        return db.read(em -> em.createQuery("select c.person.name, c.person.spotifyArtistId, c.role, c.source "
                        + "from Credit c where c.track.id = :t", Object[].class).setParameter("t", track)
                .getResultList()).stream().map(r -> tuple(r[0], r[1], r[2], r[3])).toList();
    }

    private long count(String entity) {
        return db.read(em -> em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult());
    }

    private TierRun run(long track) {
        return runOf(track, EnrichmentTier.WEB_PLAYER_CREDITS);
    }

    private TierRunStatus status(long track) {
        return run(track).getStatus();
    }

    private TierRun runOf(long track, EnrichmentTier tier) {
        return db.read(em -> em.createQuery("select r from TierRun r where r.track.id = :t and r.tier = :n",
                TierRun.class).setParameter("t", track).setParameter("n", tier.number()).getSingleResult());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

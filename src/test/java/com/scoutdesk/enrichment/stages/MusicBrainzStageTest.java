package com.scoutdesk.enrichment.stages;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.scoutdesk.enrichment.Backoff;
import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.FoundCredit;
import com.scoutdesk.enrichment.PipelineReport;
import com.scoutdesk.enrichment.StageOutcome;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.enrichment.TrackUpdate;
import com.scoutdesk.integration.common.RecordingSleeper;
import com.scoutdesk.integration.musicbrainz.MusicBrainzClient;
import com.scoutdesk.integration.musicbrainz.MusicBrainzFake;
import com.scoutdesk.model.Credit;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.MatchBasis;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.TierRun;
import com.scoutdesk.model.TierRunStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.Database;
import com.scoutdesk.persistence.DatabaseSettings;
import com.scoutdesk.testing.AnsweringStage;
import com.scoutdesk.testing.MutableClock;
import com.scoutdesk.testing.TestTracks;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Tier 4 through the real pipeline on H2, the real client against a fake MusicBrainz; people merged and linked. */
class MusicBrainzStageTest {

    @RegisterExtension
    static final WireMockExtension SERVER = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    /** The Spotify id Mara Vell's MusicBrainz page links to ("free streaming"). */
    static final String MARA_SPOTIFY = "6eUKZXaKkcviH0Ku9w2n3V";

    @TempDir
    Path dir;
    Database db;
    TierRunQueue queue;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    int tracks;
    final MusicBrainzFake fake = new MusicBrainzFake(SERVER, SERVER.getPort());

    @BeforeEach
    void open() {
        db = Database.open(DatabaseSettings.h2File(dir));
        queue = new TierRunQueue(db, clock, Backoff.standard());
        fake.catalogue();
        fake.unknownIsrcs();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void songwritersAndLinksJoinThePeopleTheWebPlayerCredited() {
        long track = track(MusicBrainzFake.ISRC, "Mara Vell");
        Person sam = person("Sam Quill", "SamQuillSpotifyId00001");
        Person jo = person("jo penn", null);
        credit(track, sam, CreditRole.COMPOSER);
        credit(track, jo, CreditRole.WRITER);

        assertThat(run(stage())).isEqualTo(new PipelineReport(1, 0, 0, 0));

        assertThat(status(track)).isEqualTo(TierRunStatus.DONE);
        assertThat(columns(track)).containsExactly(MusicBrainzFake.RECORDING, true, 3, "T-345.246.800-1");
        assertThat(credits(track, "musicbrainz")).containsExactlyInAnyOrder(
                tuple("Mara Vell", CreditRole.MAIN_ARTIST), tuple("Mara Vell", CreditRole.WRITER),
                tuple("Sam Quill", CreditRole.COMPOSER), tuple("Sam Quill", CreditRole.LYRICIST),
                tuple("jo penn", CreditRole.COMPOSER));
        assertThat(count("Person")).as("Sam and Jo are the web player's people, Mara is new").isEqualTo(3);

        Person samNow = byMbid(MusicBrainzFake.SAM);
        assertThat(samNow.getId()).isEqualTo(sam.getId());
        assertThat(samNow.getMatchBasis()).isEqualTo(MatchBasis.EXACT_NAME);
        assertThat(samNow.getSpotifyArtistId()).isEqualTo("SamQuillSpotifyId00001");
        assertThat(samNow.getInstagramUrl()).isEqualTo("https://www.instagram.com/samquill/");
        Person joNow = byMbid(MusicBrainzFake.JO);
        assertThat(joNow.getId()).isEqualTo(jo.getId());
        assertThat(joNow.getMatchBasis()).isEqualTo(MatchBasis.NORMALISED_NAME);

        Person mara = byMbid(MusicBrainzFake.MARA);
        assertThat(mara.getMatchBasis()).as("made fresh").isNull();
        assertThat(mara.getSpotifyArtistId()).as("from her Spotify link").isEqualTo(MARA_SPOTIFY);
        assertThat(mara.getInstagramUrl()).as("the ended account is not taken")
                .isEqualTo("https://www.instagram.com/maravell/");
        assertThat(mara.getXUrl()).isEqualTo("https://x.com/maravell");
        assertThat(mara.getFacebookUrl()).isEqualTo("https://www.facebook.com/MaraVellMusic");
        assertThat(mara.getBandcampUrl()).isEqualTo("https://maravell.bandcamp.com/");
        assertThat(mara.getSoundcloudUrl()).isEqualTo("https://soundcloud.com/maravell");
        assertThat(mara.getWebsiteUrl()).isEqualTo("https://www.maravell.com/");
        assertThat(mara.getLinksSource()).isEqualTo("musicbrainz");
        assertThat(mara.getLinksFetchedAt()).isEqualTo(clock.instant());
    }

    @Test
    void songwritersOtherTiersCreditedAreSearchedByNameWhenMusicBrainzListsNoneAndGetNoCreditFromIt() {
        long track = track("GBQZX2600099", "Lia Moor"); // an ISRC MusicBrainz does not know
        Person lia = person("Lia Moor", null);
        Person kim = person("Kim Fader", null);
        Person nobody = person("Nobody", null);
        credit(track, lia, CreditRole.WRITER);
        credit(track, kim, CreditRole.WRITER);
        credit(track, nobody, CreditRole.COMPOSER);

        assertThat(run(stage())).isEqualTo(new PipelineReport(1, 0, 0, 0));

        Person liaNow = byMbid(MusicBrainzFake.LIA);
        assertThat(liaNow.getId()).as("the web player's person, identified").isEqualTo(lia.getId());
        assertThat(liaNow.getMatchBasis()).isEqualTo(MatchBasis.EXACT_NAME);
        assertThat(liaNow.getTiktokUrl()).as("the ended account is not taken")
                .isEqualTo("https://www.tiktok.com/@liamoor");
        assertThat(liaNow.getBandcampUrl()).isEqualTo("https://liamoor.bandcamp.com/");
        assertThat(liaNow.getLinksSource()).isEqualTo("musicbrainz");
        assertThat(liaNow.getLinksFetchedAt()).isEqualTo(clock.instant());
        Person kimNow = db.read(em -> em.find(Person.class, kim.getId()));
        assertThat(kimNow.getMusicbrainzId()).as("a group and a person share her name: no guess").isNull();
        assertThat(kimNow.getLinksSource()).isNull();
        assertThat(credits(track, "musicbrainz")).as("MusicBrainz credited nobody on this song").isEmpty();
        assertThat(count("Person")).isEqualTo(3);
        assertThat(SERVER.findAll(getRequestedFor(urlPathEqualTo("/ws/2/artist")))).as("three names searched")
                .hasSize(3);

        clock.advance(java.time.Duration.ofDays(31));
        queue.enqueue(List.of(track), List.of(EnrichmentTier.MUSICBRAINZ));
        run(stage());
        assertThat(count("Person")).as("asked again: the same person, no second one").isEqualTo(3);
        assertThat(byMbid(MusicBrainzFake.LIA).getLinksFetchedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aPersonKnownBySpotifyIdIsMatchedByItAndRunningAgainMakesNoSecondPerson() {
        Person known = person("M. Vell", MARA_SPOTIFY);
        long first = track(MusicBrainzFake.ISRC, "Mara Vell");
        run(stage());
        long second = track(MusicBrainzFake.ISRC, "Mara Vell");
        queue.enqueue(List.of(first), List.of(EnrichmentTier.MUSICBRAINZ), true);
        run(stage());

        Person mara = byMbid(MusicBrainzFake.MARA);
        assertThat(mara.getId()).isEqualTo(known.getId());
        assertThat(mara.getMatchBasis()).isEqualTo(MatchBasis.SPOTIFY_ID);
        assertThat(count("Person")).as("Mara, Sam, Jo: each once, over two tracks and two runs").isEqualTo(3);
        assertThat(credits(second, "musicbrainz")).hasSize(5);
        assertThat(credits(first, "musicbrainz")).hasSize(5);
    }

    @Test
    void theWebPlayerCreditingASongwriterAfterMusicBrainzJoinsTheSamePerson() {
        long track = track(MusicBrainzFake.ISRC, "Mara Vell");
        run(stage());
        queue.enqueue(List.of(track), List.of(EnrichmentTier.WEB_PLAYER_CREDITS));
        TrackUpdate webPlayer = TrackUpdate.from("webplayer").credits(List.of(
                new FoundCredit("JO PENN", "JoPennSpotifyId0000001", CreditRole.WRITER))).build();

        AnsweringStage tierTwo = new AnsweringStage(EnrichmentTier.WEB_PLAYER_CREDITS, () -> webPlayer);
        new EnrichmentPipeline(db, queue, List.of(tierTwo), clock).runDue();

        Person jo = byMbid(MusicBrainzFake.JO);
        assertThat(jo.getSpotifyArtistId()).isEqualTo("JoPennSpotifyId0000001");
        assertThat(jo.getMatchBasis()).isEqualTo(MatchBasis.NORMALISED_NAME);
        assertThat(count("Person")).isEqualTo(3);
        assertThat(credits(track, "webplayer")).containsExactly(tuple("Jo Penn", CreditRole.WRITER));
    }

    @Test
    void aTrackWithoutIsrcWaitsWhileTierZeroHasNotAnsweredThenIsNotApplicable() {
        long track = track(null, "Mara Vell");
        queue.enqueue(List.of(track), List.of(EnrichmentTier.ISRC));
        AnsweringStage tierZero = AnsweringStage.answering(EnrichmentTier.ISRC,
                new StageOutcome.Deferred(clock.instant().plusSeconds(60), "Spotify rate-limited in a test"));

        new EnrichmentPipeline(db, queue, List.of(tierZero, stage()), clock).runDue();
        assertThat(status(track)).as("tier 0 may still find an ISRC").isEqualTo(TierRunStatus.PENDING);

        tierZero.answerWith(() -> new StageOutcome.Done(TrackUpdate.from("spotify-api").build()));
        clock.advance(java.time.Duration.ofSeconds(61));
        new EnrichmentPipeline(db, queue, List.of(tierZero, stage()), clock).runDue();

        assertThat(status(track)).isEqualTo(TierRunStatus.NOT_APPLICABLE);
        assertThat(SERVER.getAllServeEvents()).as("nothing to ask").isEmpty();
    }

    @Test
    void withoutSpotifyATrackWithoutIsrcIsNotApplicableAtOnceNotDeferredForEver() {
        long track = track(null, "Mara Vell");

        run(stage());

        assertThat(status(track)).isEqualTo(TierRunStatus.NOT_APPLICABLE);
        assertThat(run(track).getLastError()).contains("no ISRC");
        assertThat(SERVER.getAllServeEvents()).isEmpty();
    }

    @Test
    void anUnknownIsrcAsksWhetherTheArtistIsKnownAtAll() {
        long known = track("USXYZ2600001", "Kim Fader");
        long unknown = track("USXYZ2600002", "Nobody");

        run(stage());

        assertThat(columns(known)).containsExactly(null, true, null, null);
        assertThat(columns(unknown)).containsExactly(null, false, null, null);
        assertThat(status(unknown)).isEqualTo(TierRunStatus.DONE);
        assertThat(count("Credit")).isZero();
    }

    @Test
    void anUnreachableMusicBrainzDefersWithoutCountingAnAttempt() throws IOException {
        long track = track(MusicBrainzFake.ISRC, "Mara Vell");
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        MusicBrainzClient offline = new MusicBrainzClient(fake.config().withBaseUrl(URI.create("http://127.0.0.1:"
                + closed)), clock, new RecordingSleeper());

        run(new MusicBrainzStage(offline, new DatabaseSongwriterNames(db), clock));

        TierRun run = run(track);
        assertThat(run.getStatus()).isEqualTo(TierRunStatus.DEFERRED);
        assertThat(run.getAttempts()).isZero();
    }

    private MusicBrainzStage stage() {
        return new MusicBrainzStage(new MusicBrainzClient(fake.config(), clock, new RecordingSleeper()),
                new DatabaseSongwriterNames(db), clock);
    }

    private PipelineReport run(MusicBrainzStage stage) {
        return new EnrichmentPipeline(db, queue, List.of(stage), clock).runDue();
    }

    private long track(String isrc, String artist) {
        long id = db.write(em -> {
            Track t = TestTracks.track(String.format("T%021d", ++tracks), "Neon Hearts",
                    artist, clock.instant());
            t.setIsrc(isrc);
            em.persist(t);
            return t.getId();
        });
        queue.enqueue(List.of(id), List.of(EnrichmentTier.MUSICBRAINZ));
        return id;
    }

    private Person person(String name, String spotifyId) {
        return db.write(em -> {
            Person p = new Person();
            p.setName(name);
            p.setSpotifyArtistId(spotifyId);
            em.persist(p);
            return p;
        });
    }

    private void credit(long track, Person person, CreditRole role) {
        db.writeVoid(em -> {
            Credit c = new Credit();
            c.setTrack(em.find(Track.class, track));
            c.setPerson(em.find(Person.class, person.getId()));
            c.setRole(role);
            c.setSource("webplayer");
            c.setFetchedAt(clock.instant());
            em.persist(c);
        });
    }

    private Person byMbid(String mbid) {
        return db.read(em -> em.createQuery("select p from Person p where p.musicbrainzId = :id", Person.class)
                .setParameter("id", mbid).getSingleResult());
    }

    private List<Tuple> credits(long track, String source) {
        return db.read(em -> em.createQuery("select c.person.name, c.role from Credit c where c.track.id = :t "
                        + "and c.source = :s", Object[].class).setParameter("t", track).setParameter("s", source)
                .getResultList()).stream().map(r -> tuple(r[0], r[1])).toList();
    }

    private List<Object> columns(long track) {
        return db.readJdbc(c -> {
            try (PreparedStatement p = c.prepareStatement("select musicbrainz_recording_id, musicbrainz_found, "
                    + "musicbrainz_songwriters, musicbrainz_iswc from track where id = ?")) {
                p.setLong(1, track);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return java.util.Arrays.asList(rs.getString(1), rs.getObject(2), rs.getObject(3),
                            rs.getString(4));
                }
            }
        });
    }

    private long count(String entity) {
        return db.read(em -> em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult());
    }

    private TierRunStatus status(long track) {
        return run(track).getStatus();
    }

    private TierRun run(long track) {
        return db.read(em -> em.createQuery("select r from TierRun r where r.track.id = :t and r.tier = :n",
                TierRun.class).setParameter("t", track).setParameter("n", EnrichmentTier.MUSICBRAINZ.number())
                .getSingleResult());
    }
}

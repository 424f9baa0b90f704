package com.scoutdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.integration.llm.ChatClient;
import com.scoutdesk.integration.llm.ChatFake;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.FieldProvenance;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.Person;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.model.Track;
import com.scoutdesk.persistence.SettingsRepository;
import com.scoutdesk.testing.TestEntries;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outreach brief on a real workspace: built offline, and written by a fake OpenAI-compatible endpoint. */
class OutreachServiceTest extends WorkspaceFixture {

    private static final String KEY = "sk-outreach-secret-that-must-stay-home";
    private static final String EMAIL = "ana@example.com";
    private static final String PHONE = "0171 555 0101";
    private static final String NOTES = "met her at the Leeds showcase, do not mention the lawsuit";

    private final ChatFake fake = ChatFake.start();
    private final List<String> pieces = new CopyOnWriteArrayList<>();
    private long trackId;
    private SettingsRepository settingsStore;

    @BeforeEach
    void open() {
        trackId = openWithOneTrack();
        settingsStore = new SettingsRepository(db, clock);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void aTrackWithPlaylistsGrowthAndAContactGetsEverySectionFromItsData() {
        giveHistoryAndContact();

        OutreachBrief brief = service(null, null).offlineBrief(trackId);

        assertThat(brief.title()).isEqualTo("\"Neon Hearts\" by Mara Vell");
        assertThat(brief.who()).contains("Songwriters: Ana Ruiz.", "Lead stage: watching.");
        assertThat(brief.whyNow()).containsExactly(
                "On 2 tracked playlists over 2 weeks: Indie Mix, Fresh Finds.",
                "Newest add: Indie Mix, week of 2026-11-27.",
                "Streams up 50.0% from the week of 2026-11-20 to the week of 2026-11-27 (1,000 to 1,500 streams).");
        assertThat(brief.publisherStatus()).isEqualTo("No publisher holds a share: the writers keep their "
                + "publishing (from The MLC, 2026-11-20).");
        assertThat(brief.contactChannel()).isEqualTo("E-mail Ana Ruiz: " + EMAIL + " (your contact, not contacted).");
        assertThat(brief.talkingPoints()).hasSizeBetween(2, 5);
        assertThat(brief.talkingPoints().get(0)).startsWith("Playlist momentum: on Indie Mix, Fresh Finds, 2 weeks");
        assertThat(brief.talkingPoints()).anySatisfy(p -> assertThat(p).startsWith("Growth: streams up 50.0%"))
                .anySatisfy(p -> assertThat(p).startsWith("Signs it may be unsigned (score 9.0 of 10): ")
                        .contains("The MLC knows the song, with no publisher share registered"))
                .noneSatisfy(p -> assertThat(p).contains("Neutral start"));
        assertThat(brief.text()).startsWith("Outreach brief: \"Neon Hearts\" by Mara Vell\n\nWho\n")
                .contains("\nWhy now\n", "\nPublisher status\n", "\nBest contact channel\n", "\nTalking points\n- ");
    }

    @Test
    void aBareTrackSaysWhatIsNotKnownAndNeverCallsItUnsigned() {
        OutreachBrief brief = service(null, null).offlineBrief(trackId);

        assertThat(brief.who()).contains("No songwriters credited yet.");
        assertThat(brief.whyNow()).containsExactly("Not on any tracked playlist yet.",
                "No growth figure yet: it takes two weekly snapshots with a play count.");
        assertThat(brief.publisherStatus()).startsWith("Not known yet: The MLC tier (tier 3) would tell")
                .doesNotContainIgnoringCase("unsigned").doesNotContainIgnoringCase("no publisher");
        assertThat(brief.contactChannel()).isEqualTo(
                "No contact channel known yet: run the MusicBrainz tier or add a contact.");
        assertThat(brief.talkingPoints()).hasSizeBetween(2, 5)
                .contains("Ask who handles their publishing: it is not known yet.")
                .noneSatisfy(p -> assertThat(p).containsIgnoringCase("unsigned"));
    }

    @Test
    void withoutAContactThePeoplesLinksAreTriedInstagramFirst() {
        db.writeVoid(em -> {
            Person ben = person(em, "Ben Ode", CreditRole.WRITER);
            ben.setXUrl("https://x.com/benode");
            Person cleo = person(em, "Cleo Pike", CreditRole.WRITER);
            cleo.setWebsiteUrl("https://cleopike.example");
            cleo.setInstagramUrl("https://www.instagram.com/cleopike");
        });

        assertThat(service(null, null).offlineBrief(trackId).contactChannel())
                .isEqualTo("Instagram of Cleo Pike: https://www.instagram.com/cleopike"
                        + " (from MusicBrainz, 2026-12-01).");
    }

    @Test
    void withoutAnEndpointTheOfflineBriefComesAndNothingIsSent() {
        OutreachService service = service(fake.baseUrl().toString(), KEY);
        service.settings().setEndpoint(""); // the scout removed what LLM_URL set

        OutreachResult result = service.write(trackId, pieces::add, () -> false);

        assertThat(result.source()).isEqualTo(OutreachResult.Source.OFFLINE_NO_ENDPOINT);
        assertThat(result.text()).isEqualTo(service(null, null).offlineBrief(trackId).text());
        assertThat(result.noticeText()).isEmpty();
        assertThat(pieces).isEmpty();
        assertThat(fake.requests()).as("no request, not even to the fake that is listening").isEmpty();
    }

    @Test
    void withAnEndpointTheModelsTextStreamsIn() {
        fake.streams("Ana Ruiz ", "is worth ", "a call.");

        OutreachResult result = service(fake.baseUrl().toString(), null).write(trackId, pieces::add, () -> false);

        assertThat(pieces).containsExactly("Ana Ruiz ", "is worth ", "a call.");
        assertThat(result.source()).isEqualTo(OutreachResult.Source.MODEL);
        assertThat(result.text()).isEqualTo("Ana Ruiz is worth a call.");
        assertThat(fake.requests()).singleElement()
                .satisfies(r -> assertThat(r.json().path("model").asText()).isEqualTo(OutreachSettings.DEFAULT_MODEL));
    }

    @Test
    void thePromptCarriesTheTracksFactsAndNoSecretAddressOrNote() {
        giveHistoryAndContact();

        service(fake.baseUrl().toString(), KEY).write(trackId, pieces::add, () -> false);

        ChatFake.Recorded request = fake.requests().get(0);
        String user = request.json().path("messages").path(1).path("content").asText();
        assertThat(user).contains("Neon Hearts", "Mara Vell", "Ana Ruiz", "Fresh Finds", "Indie Mix", "50.0%",
                "from The MLC", "E-mail to Ana Ruiz");
        assertThat(request.body()).doesNotContain(KEY, EMAIL, PHONE, NOTES, "leeds");
        assertThat(request.header("Authorization")).as("the key goes in its header, and only there")
                .contains("Bearer " + KEY);
    }

    @Test
    void eachFailureGivesTheOfflineBriefWithItsOwnNotice() {
        String offline = service(null, null).offlineBrief(trackId).text();
        Set<String> notices = new HashSet<>();

        for (var failure : List.<Failing>of(
                new Failing(ChatFake::unauthorised, OutreachResult.Failure.KEY_REFUSED, "refused the API key"),
                new Failing(f -> f.rateLimited(Duration.ofMinutes(30)), OutreachResult.Failure.RATE_LIMITED,
                        "is rate-limiting until"),
                new Failing(ChatFake::serverError, OutreachResult.Failure.SERVER_ERROR, "failed on its side"),
                new Failing(ChatFake::garbage, OutreachResult.Failure.CHANGED_SHAPE, "shape ScoutDesk does not know"),
                new Failing(ChatFake::modelNotFound, OutreachResult.Failure.NOT_FOUND, "has no model 'llama3.2'"))) {
            failure.setUp().accept(fake);

            OutreachResult result = service(fake.baseUrl().toString(), KEY).write(trackId, pieces::add, () -> false);

            assertThat(result.source()).isEqualTo(OutreachResult.Source.OFFLINE_AFTER_FAILURE);
            assertThat(result.failure()).isEqualTo(failure.expected());
            assertThat(result.text()).isEqualTo(offline);
            assertThat(result.notice()).contains(failure.says()).endsWith("Here is the offline brief.")
                    .doesNotContain(KEY);
            notices.add(result.notice());
        }
        assertThat(notices).hasSize(5);
    }

    @Test
    void anEndpointThatIsNotRunningIsOfflineNotBroken() {
        String url = fake.baseUrl().toString();
        fake.close();

        OutreachResult result = service(url, null).write(trackId, pieces::add, () -> false);

        assertThat(result.failure()).isEqualTo(OutreachResult.Failure.OFFLINE);
        assertThat(result.notice()).startsWith("The language model at " + url + " cannot be reached");
    }

    @Test
    void aCancelledBriefEndsWithCancellationAndNoNotice() {
        fake.slowStream(Duration.ofSeconds(5), "too late");
        AtomicBoolean cancelled = new AtomicBoolean();
        new Thread(() -> {
            pause(150);
            cancelled.set(true);
        }).start();

        assertThatThrownBy(() -> service(fake.baseUrl().toString(), null).write(trackId, pieces::add,
                cancelled::get)).isInstanceOf(CancellationException.class);
        assertThat(pieces).isEmpty();
    }

    @Test
    void anUnknownTrackIsNotFound() {
        assertThatThrownBy(() -> service(null, null).offlineBrief(trackId + 99)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service(fake.baseUrl().toString(), null).write(trackId + 99, pieces::add,
                () -> false)).isInstanceOf(NotFoundException.class);
        assertThat(fake.requests()).isEmpty();
    }

    private record Failing(Consumer<ChatFake> setUp, OutreachResult.Failure expected, String says) {
    }

    /** The service on this workspace; {@code url} null for no endpoint. Its client retries at once. */
    private OutreachService service(String url, String key) {
        OutreachSettings settings = new OutreachSettings(settingsStore, url, null, () -> Optional.ofNullable(key));
        return new OutreachService(tracks, new TrackHistoryService(db), settings,
                config -> new ChatClient(config.withHttp(fake.config(null).http())));
    }

    /**
     * Two playlists over two weeks (Indie Mix added last), streams from 1,000 to 1,500, publishing unpublished as
     * The MLC said on 2026-11-20, one songwriter with an Instagram link and a contact with e-mail, phone and notes.
     */
    private void giveHistoryAndContact() {
        long personId = db.write(em -> {
            Track track = em.find(Track.class, trackId);
            Playlist fresh = addPlaylist(em, "P1", "Fresh Finds");
            Playlist indie = addPlaylist(em, "P2", "Indie Mix");
            entry(em, fresh, track, WEEK);
            entry(em, fresh, track, WEEK.plusWeeks(1));
            entry(em, indie, track, WEEK.plusWeeks(1));
            snapshot(em, track, WEEK, 1_000L);
            snapshot(em, track, WEEK.plusWeeks(1), 1_500L);
            track.setPublisherStatus(PublisherStatus.UNPUBLISHED);
            em.persist(new FieldProvenance(new FieldProvenance.Key(trackId, "publisher_status"), "mlc", 3,
                    WEEK.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), false));
            Person ana = person(em, "Ana Ruiz", CreditRole.WRITER);
            ana.setInstagramUrl("https://www.instagram.com/anaruiz");
            return ana.getId();
        });
        new ContactService(db, clock).add(new ContactDraft(personId, "Ana Ruiz", EMAIL, PHONE, null, NOTES, null));
        tracks.setStage(trackId, LeadStage.WATCHING);
        new ScoreService(db, com.scoutdesk.scoring.UnsignedScorer.withDefaultLabels(), clock).recompute(trackId);
    }

    private Person person(EntityManager em, String name, CreditRole role) {
        Person p = new Person();
        p.setName(name);
        p.setLinksSource("musicbrainz");
        p.setLinksFetchedAt(NOW);
        em.persist(p);
        TrackHistoryServiceTest.credit(em, em.find(Track.class, trackId), p, role);
        return p;
    }

    private static void entry(EntityManager em, Playlist playlist, Track track, LocalDate week) {
        em.persist(TestEntries.entry(playlist, track, week, null, NOW));
    }

    private static void snapshot(EntityManager em, Track track, LocalDate week, long streams) {
        em.persist(TestEntries.snapshot(track, week, streams, null, NOW));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

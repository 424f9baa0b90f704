package com.scoutdesk.integration.webplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.TimedOutException;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.fetch.FetchedCredit;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Track pages in real Chromium against local pages that load their data the way the real one does. */
class WebPlayerTrackScraperTest {

    private static FakeWebPlayerServer server;
    private static WebPlayerBrowser browser;
    private static WebPlayerTrackScraper scraper;

    @BeforeAll
    static void startBrowser() throws IOException {
        server = FakeWebPlayerServer.start();
        browser = new WebPlayerBrowser(TestBrowsers.config(server.baseUrl()));
        scraper = new WebPlayerTrackScraper(browser);
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

    @Test
    void readsThePlayCountAndTheCreditsFromThePagesOwnData() {
        TrackFixture track = server.serveTrack(TrackFixture.of("credits"));

        TrackPage page = scraper.fetch(track.id());

        assertThat(page.playCount()).isEqualTo(1_234_567L);
        assertThat(page.creditsListed()).isTrue();
        assertThat(page.creditsFrom()).isEqualTo("data");
        assertThat(page.credits()).extracting(FetchedCredit::name, FetchedCredit::spotifyArtistId, FetchedCredit::role)
                .containsExactly(
                        tuple("Mara Vell", TrackFixture.artistId("mara"), CreditRole.MAIN_ARTIST),
                        tuple("Sam Quill", TrackFixture.artistId("sam"), CreditRole.COMPOSER),
                        tuple("Sam Quill", TrackFixture.artistId("sam"), CreditRole.LYRICIST),
                        tuple("Jo Penn", null, CreditRole.WRITER),
                        tuple("Pat Knob", TrackFixture.artistId("pat"), CreditRole.PRODUCER),
                        tuple("Kim Fader", null, CreditRole.ENGINEER));
        assertThat(page.sources()).as("labels, not publishers").containsExactly("Example Records");
        assertThat(server.trackQueries()).as("the credits were opened, which is what loads them")
                .contains("queryTrackCreditsModal " + track.id());
    }

    @Test
    void readsTheCreditsDialogWhenItsDataIsNotRecognised() {
        TrackFixture track = server.serveTrack(TrackFixture.of("dialog").withRenamedCreditsOperation());

        TrackPage page = scraper.fetch(track.id());

        assertThat(page.creditsFrom()).isEqualTo("page");
        assertThat(page.playCount()).isEqualTo(1_234_567L);
        assertThat(page.credits()).extracting(FetchedCredit::name, FetchedCredit::spotifyArtistId, FetchedCredit::role)
                .contains(tuple("Sam Quill", TrackFixture.artistId("sam"), CreditRole.LYRICIST),
                        tuple("Jo Penn", null, CreditRole.WRITER),
                        tuple("Kim Fader", null, CreditRole.ENGINEER))
                .hasSize(6);
    }

    @Test
    void aPageWithoutCreditsStillGivesThePlayCount() {
        TrackFixture track = server.serveTrack(TrackFixture.of("nocredits").withoutCredits());

        TrackPage page = scraper.fetch(track.id());

        assertThat(page.playCount()).isEqualTo(1_234_567L);
        assertThat(page.creditsListed()).isFalse();
        assertThat(page.credits()).isEmpty();
    }

    @Test
    void aMissingPlayCountIsNotZero() {
        TrackFixture track = server.serveTrack(TrackFixture.of("nocount").withPlaycount(null));

        assertThat(scraper.fetch(track.id()).playCount()).isNull();
    }

    @Test
    void aPlayCountThatIsNotANumberIsAChangedShape() {
        TrackFixture track = server.serveTrack(TrackFixture.of("malformed").withBadPlaycount());

        assertThatThrownBy(() -> scraper.fetch(track.id())).isInstanceOf(ChangedShapeException.class)
                .hasMessageContaining("play count");
    }

    @Test
    void aTrackTheServerDoesNotKnowIsNotFound() {
        assertThatThrownBy(() -> scraper.fetch(TrackFixture.id("unknown")))
                .isInstanceOfSatisfying(UnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnavailableException.Reason.NOT_FOUND));
    }

    @Test
    void anUnreachableWebPlayerIsOffline() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WebPlayerTrackScraper offline = new WebPlayerTrackScraper(browser,
                browser.config().withBaseUrl("http://127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> offline.fetch(TrackFixture.id("offline"))).isInstanceOf(OfflineException.class);
    }

    @Test
    void aPageSlowerThanThePageTimeIsATimeoutNotOffline() {
        TrackFixture track = server.serveTrack(TrackFixture.of("slow").withTrackDelay(6_000));
        try (WebPlayerBrowser impatient = new WebPlayerBrowser(TestBrowsers.config(server.baseUrl())
                .withPageTimeout(Duration.ofSeconds(3)))) {

            assertThatThrownBy(() -> new WebPlayerTrackScraper(impatient).fetch(track.id()))
                    .isInstanceOfSatisfying(TimedOutException.class,
                            e -> assertThat(e.limit()).isEqualTo(Duration.ofSeconds(3)));
        }
    }

    @Test
    void exactPlayCountsAreReadFromTheDomAndAbbreviatedOnesAreNot() {
        assertThat(TrackDomReader.playCount("1,234,567")).isEqualTo(1_234_567L);
        assertThat(TrackDomReader.playCount("1 234 567 streams")).isEqualTo(1_234_567L);
        assertThat(TrackDomReader.playCount("987")).isEqualTo(987L);
        assertThat(TrackDomReader.playCount("1.2M")).isNull();
        assertThat(TrackDomReader.playCount("45K")).isNull();
        assertThat(TrackDomReader.playCount("")).isNull();
    }
}

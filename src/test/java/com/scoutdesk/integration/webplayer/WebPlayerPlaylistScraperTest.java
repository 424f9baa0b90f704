package com.scoutdesk.integration.webplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoutdesk.integration.common.ChangedShapeException;
import com.scoutdesk.integration.common.ClientErrorException;
import com.scoutdesk.integration.common.OfflineException;
import com.scoutdesk.integration.common.ProviderException;
import com.scoutdesk.integration.common.RateLimitedException;
import com.scoutdesk.integration.common.ServerErrorException;
import com.scoutdesk.integration.common.UnavailableException;
import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.fetch.FetchedArtist;
import com.scoutdesk.model.fetch.FetchedItem;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scraper against local pages in real Chromium; one browser serves all cases, as it would in the app. */
class WebPlayerPlaylistScraperTest {

    private static FakeWebPlayerServer server;
    private static WebPlayerBrowser browser;
    private static WebPlayerPlaylistScraper scraper;

    @BeforeAll
    static void startBrowser() throws IOException {
        server = FakeWebPlayerServer.start();
        browser = new WebPlayerBrowser(TestBrowsers.config(server.baseUrl()));
        scraper = new WebPlayerPlaylistScraper(browser);
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

    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {30, 100, 300})
    void capturesEveryItemFromThePagesOwnData(int total) {
        PlaylistFixture fixture = server.serve(PlaylistFixture.of("json" + total, total));
        int consentsBefore = server.consents();

        FetchedPlaylist playlist = scraper.fetch(fixture.id());

        assertThat(playlist.complete()).isTrue();
        assertThat(playlist.expectedTotal()).isEqualTo(total);
        assertThat(playlist.source()).isEqualTo(FetchMethod.WEB_PLAYER);
        assertThat(playlist.skippedLocal() + playlist.skippedUnavailable()).isZero();
        assertThat(playlist.items()).extracting(FetchedItem::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, total).boxed().toList());
        for (FetchedItem item : playlist.items()) {
            assertFromData(item);
        }
        assertThat(playlist.metadata().spotifyId()).isEqualTo(fixture.id());
        assertThat(playlist.metadata().name()).isEqualTo("Fixture " + total);
        assertThat(playlist.metadata().ownerName()).isEqualTo("Curator Name");
        assertThat(playlist.metadata().ownerId()).isEqualTo("curatoruser");
        assertThat(playlist.metadata().followers()).isEqualTo(12_345L * total);
        assertThat(playlist.metadata().imageUrl()).isEqualTo("https://image.example/" + fixture.id());
        assertThat(playlist.metadata().description()).isEqualTo("Fresh finds for scouts");
        assertThat(playlist.metadata().totalTracks()).isEqualTo(total);
        // The first page comes by GET (name in the URL), the rest by POST (name in the body): both were read.
        assertThat(server.queries(fixture.id())).extracting(FakeWebPlayerServer.Query::method)
                .contains("GET").containsAnyOf(total > FakePlaylistPage.FIRST_LIMIT ? "POST" : "GET");
        assertThat(server.consents()).as("the cookie banner was accepted").isEqualTo(consentsBefore + 1);
    }

    @Test
    void readsEveryItemOfAGridThatScrollsItself() {
        // The trial's layout: the page around the list does not scroll, the grid does, and grows as it is scrolled.
        PlaylistFixture fixture = server.serve(PlaylistFixture.of("gridscrolls", 120).withGridThatScrollsItself());

        FetchedPlaylist playlist = scraper.fetch(fixture.id());

        assertThat(playlist.readCount()).as("items read of 120").isEqualTo(120);
        assertThat(playlist.complete()).isTrue();
        assertThat(playlist.items()).extracting(FetchedItem::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 120).boxed().toList());
        playlist.items().forEach(WebPlayerPlaylistScraperTest::assertFromData);
    }

    @Test
    void readsTheRowsOfAGridThatScrollsItself() {
        PlaylistFixture fixture = server.serve(PlaylistFixture.of("gridrows", 120).withGridThatScrollsItself()
                .renamedOperations());

        FetchedPlaylist playlist = scraper.fetch(fixture.id());

        assertCompleteFromRows(playlist, 120);
    }

    @Test
    void readsTheRowsWhenTheOperationsWereRenamed() {
        PlaylistFixture fixture = server.serve(PlaylistFixture.of("renamed", 100).renamedOperations());

        FetchedPlaylist playlist = scraper.fetch(fixture.id());

        assertCompleteFromRows(playlist, 100);
        assertThat(playlist.metadata().name()).isEqualTo("Fixture 100");
        assertThat(playlist.metadata().ownerName()).isEqualTo("Curator Name");
        assertThat(playlist.metadata().ownerId()).isEqualTo("curatoruser");
    }

    @Test
    void readsTheRowsWhenTheDataChangedShape() {
        PlaylistFixture fixture = server.serve(PlaylistFixture.of("reshaped", 80).withChangedShape());

        FetchedPlaylist playlist = scraper.fetch(fixture.id());

        assertCompleteFromRows(playlist, 80);
        assertThat(playlist.metadata().name()).isEqualTo("Fixture 80");
    }

    @Test
    void aListThatStopsLoadingIsIncompleteWithTheRightCounts() {
        PlaylistFixture fixture = server.serve(PlaylistFixture.of("truncated", 120).servingOnly(60));

        FetchedPlaylist playlist = scraper.fetch(fixture.id());

        assertThat(playlist.complete()).isFalse();
        assertThat(playlist.expectedTotal()).isEqualTo(120);
        assertThat(playlist.readCount()).isEqualTo(60);
        assertThat(playlist.items()).extracting(FetchedItem::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 60).boxed().toList());
        playlist.items().forEach(WebPlayerPlaylistScraperTest::assertFromData);
        assertThat(playlist.shortfall()).as("why, truthfully: the page loaded no more, nothing changed shape")
                .startsWith("the web player page stopped loading rows after 60 of 120: ")
                .contains("of its requests for more failed");
    }

    @Test
    void aGridThatScrollsItselfAndStopsLoadingSaysSo() {
        PlaylistFixture fixture = server.serve(PlaylistFixture.of("gridtruncated", 120).withGridThatScrollsItself()
                .servingOnly(75));

        FetchedPlaylist playlist = scraper.fetch(fixture.id());

        assertThat(playlist.complete()).isFalse();
        assertThat(playlist.readCount()).isEqualTo(75);
        assertThat(playlist.shortfall()).startsWith("the web player page stopped loading rows after 75 of 120: ");
    }

    @Test
    void rowsOfAListThatStopsLoadingAreIncompleteToo() {
        PlaylistFixture fixture = server.serve(PlaylistFixture.of("rowstruncated", 120).renamedOperations()
                .servingOnly(60));

        FetchedPlaylist playlist = scraper.fetch(fixture.id());

        assertThat(playlist.complete()).isFalse();
        assertThat(playlist.expectedTotal()).as("from the grid's aria-rowcount").isEqualTo(120);
        assertThat(playlist.readCount()).isEqualTo(60);
        assertThat(playlist.items()).extracting(item -> item.track().spotifyId())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 60).mapToObj(PlaylistFixture::trackId).toList());
        assertThat(playlist.shortfall())
                .matches("the web player page stopped loading rows after 60 of 120 within \\d+ s");
    }

    @Test
    void aListThatCannotBeScrolledMeansThePageChanged() {
        String id = PlaylistFixture.of("unscrollable", 1).id();
        StringBuilder rows = new StringBuilder();
        for (int position = 1; position <= 10; position++) {
            rows.append("<div role=\"row\" aria-rowindex=\"").append(position + 1).append("\"><a href=\"/track/")
                    .append(PlaylistFixture.trackId(position)).append("\">Song ").append(position).append("</a></div>");
        }
        // The list's element could scroll, but swallows the wheel and ignores being scrolled: neither way moves it.
        server.servePage(id, "<!doctype html><body style=\"margin:0\"><div id=\"main\" style=\"height:600px;"
                + "overflow-y:auto\"><div role=\"grid\" aria-rowcount=\"101\" style=\"height:6000px\">" + rows
                + "</div></div><script>const m = document.getElementById('main');"
                + "m.addEventListener('wheel', e => e.preventDefault(), { passive: false });"
                + "m.scrollBy = () => {};</script></body>");

        FetchedPlaylist playlist = scraper.fetch(id);

        assertThat(playlist.complete()).isFalse();
        assertThat(playlist.readCount()).isEqualTo(10);
        assertThat(playlist.shortfall())
                .isEqualTo("the web player page changed: its track list could not be scrolled past 10 of 100");
    }

    @Test
    void rowsWithoutACountMeanThePageChanged() {
        String id = PlaylistFixture.of("uncounted", 1).id();
        server.servePage(id, "<!doctype html><div role=\"grid\"><div role=\"row\" aria-rowindex=\"2\">"
                + "<a href=\"/track/" + PlaylistFixture.trackId(1) + "\">Song 1</a></div></div>");

        FetchedPlaylist playlist = scraper.fetch(id);

        assertThat(playlist.complete()).isFalse();
        assertThat(playlist.readCount()).isEqualTo(1);
        assertThat(playlist.shortfall()).isEqualTo("the web player page changed: it did not say how many items the"
                + " playlist has (read 1)");
    }

    @Test
    void aPageWithNothingReadableHasChangedShape() {
        String id = PlaylistFixture.of("redesigned", 1).id();
        server.servePage(id, "<!doctype html><main><p>Something new and shiny</p>"
                + "<script>fetch('/pathfinder/v1/query?operationName=fetchPlaylist&variables=%7B%7D')</script></main>");

        assertThatThrownBy(() -> scraper.fetch(id)).isInstanceOf(ChangedShapeException.class)
                .hasMessageContaining("Spotify web player changed");
    }

    @Test
    void errorStatusesOfThePageSayWhatWentWrong() {
        Map<Integer, Class<? extends ProviderException>> expected = Map.of(429, RateLimitedException.class,
                403, UnavailableException.class, 400, ClientErrorException.class, 503, ServerErrorException.class);
        expected.forEach((status, type) -> {
            String id = PlaylistFixture.of("status" + status, 1).id();
            server.serveStatus(id, status);

            assertThatThrownBy(() -> scraper.fetch(id)).as("HTTP %d", status).isInstanceOf(type);
        });
        String limited = PlaylistFixture.of("status429", 1).id();
        assertThatThrownBy(() -> scraper.fetch(limited)).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAt()).isBetween(Instant.now().plusSeconds(100), Instant.now().plusSeconds(121)));
    }

    @Test
    void aPlaylistTheServerDoesNotKnowIsNotFound() {
        assertThatThrownBy(() -> scraper.fetch("nosuchplaylistxxxxxxxx"))
                .isInstanceOfSatisfying(UnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnavailableException.Reason.NOT_FOUND);
                    assertThat(e.httpStatus()).isEqualTo(404);
                });
    }

    @Test
    void aPlaylistThePageSaysDoesNotExistIsNotFound() {
        PlaylistFixture fixture = server.serve(PlaylistFixture.of("gone", 10).missing());

        assertThatThrownBy(() -> scraper.fetch(fixture.id()))
                .isInstanceOfSatisfying(UnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnavailableException.Reason.NOT_FOUND));
    }

    @Test
    void anUnreachableWebPlayerIsOffline() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WebPlayerPlaylistScraper offline = new WebPlayerPlaylistScraper(browser,
                browser.config().withBaseUrl("http://127.0.0.1:" + closedPort));

        assertThatThrownBy(() -> offline.fetch(PlaylistFixture.of("offline", 10).id()))
                .isInstanceOf(OfflineException.class)
                .hasStackTraceContaining("ERR_CONNECTION_REFUSED");
    }

    @Test
    void twoFetchesRunInParallelThroughThePool() {
        PlaylistFixture first = server.serve(PlaylistFixture.of("parallelA", 100).withDelay(60));
        PlaylistFixture second = server.serve(PlaylistFixture.of("parallelB", 100).withDelay(60));

        CompletableFuture<FetchedPlaylist> a = CompletableFuture.supplyAsync(() -> scraper.fetch(first.id()));
        CompletableFuture<FetchedPlaylist> b = CompletableFuture.supplyAsync(() -> scraper.fetch(second.id()));

        assertThat(List.of(a.join(), b.join())).allSatisfy(playlist -> {
            assertThat(playlist.complete()).isTrue();
            assertThat(playlist.items()).hasSize(100);
            playlist.items().forEach(WebPlayerPlaylistScraperTest::assertFromData);
        });
        List<FakeWebPlayerServer.Query> queriesA = server.queries(first.id());
        List<FakeWebPlayerServer.Query> queriesB = server.queries(second.id());
        // Both pages were loading at the same time: each one's first query came before the other's last.
        assertThat(queriesA.get(0).atNanos()).isLessThan(queriesB.get(queriesB.size() - 1).atNanos());
        assertThat(queriesB.get(0).atNanos()).isLessThan(queriesA.get(queriesA.size() - 1).atNanos());
    }

    /** Everything the JSON carries, exactly as the fixture made it. */
    static void assertFromData(FetchedItem item) {
        int position = item.position();
        assertThat(item.track().spotifyId()).isEqualTo(PlaylistFixture.trackId(position));
        assertThat(item.track().name()).isEqualTo(PlaylistFixture.trackName(position));
        assertThat(item.track().artists()).containsExactlyElementsOf(artists(position));
        assertThat(item.track().albumName()).isEqualTo(PlaylistFixture.albumName(position));
        assertThat(item.track().durationMs()).isEqualTo(PlaylistFixture.durationMs(position));
        assertThat(item.track().playcount()).as("playcount at %d", position)
                .isEqualTo(PlaylistFixture.playcount(position));
        assertThat(item.track().explicit()).isEqualTo(position % 5 == 0);
        assertThat(item.addedAt()).isEqualTo(PlaylistFixture.addedAt(position));
    }

    private static void assertCompleteFromRows(FetchedPlaylist playlist, int total) {
        assertThat(playlist.complete()).isTrue();
        assertThat(playlist.expectedTotal()).as("from the grid's aria-rowcount").isEqualTo(total);
        assertThat(playlist.items()).extracting(FetchedItem::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, total).boxed().toList());
        for (FetchedItem item : playlist.items()) {
            int position = item.position();
            assertThat(item.track().spotifyId()).isEqualTo(PlaylistFixture.trackId(position));
            assertThat(item.track().name()).isEqualTo(PlaylistFixture.trackName(position));
            assertThat(item.track().artists()).containsExactlyElementsOf(artists(position));
            assertThat(item.track().albumName()).isEqualTo(PlaylistFixture.albumName(position));
            assertThat(item.track().durationMs()).isEqualTo(PlaylistFixture.durationMs(position));
            // The rows show no play count and no date added: unknown, not zero.
            assertThat(item.track().playcount()).isNull();
            assertThat(item.addedAt()).isNull();
        }
    }

    private static List<FetchedArtist> artists(int position) {
        return PlaylistFixture.artists(position).stream().map(a -> new FetchedArtist(a[0], a[1])).toList();
    }
}

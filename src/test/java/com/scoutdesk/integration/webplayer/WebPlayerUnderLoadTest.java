package com.scoutdesk.integration.webplayer;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoutdesk.model.fetch.FetchedItem;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The trial's failure: on a busy machine (load 10-17 on 2 cores) the fallback stopped after the first page of
 * items. Here two processes burn a core each for the whole fetch, with the short stall time of the other tests, and
 * every row of a long playlist must still be read, in both layouts of the list, and from the rows alone when the
 * page's data is not readable.
 */
class WebPlayerUnderLoadTest {

    private static final int TOTAL = 300;
    private static final int BURNERS = 2;

    private static FakeWebPlayerServer server;
    private static WebPlayerBrowser browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        server = FakeWebPlayerServer.start();
        browser = new WebPlayerBrowser(TestBrowsers.config(server.baseUrl()));
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

    /** The list's layout, and whether the page's data is readable or only its rows are. */
    enum Case { PAGE_SCROLLS, GRID_SCROLLS_ITSELF, GRID_SCROLLS_ITSELF_ROWS_ONLY }

    @ParameterizedTest
    @EnumSource(Case.class)
    void readsEveryRowOfALongPlaylistWhileTheMachineIsBusy(Case layout) throws IOException {
        PlaylistFixture fixture = PlaylistFixture.of("busy" + layout.ordinal(), TOTAL).withDelay(60);
        if (layout != Case.PAGE_SCROLLS) {
            fixture = fixture.withGridThatScrollsItself();
        }
        if (layout == Case.GRID_SCROLLS_ITSELF_ROWS_ONLY) {
            // Rows scrolled past before the page drew them would be lost here: there is no data to fall back on.
            fixture = fixture.renamedOperations();
        }
        server.serve(fixture);
        WebPlayerPlaylistScraper scraper = new WebPlayerPlaylistScraper(browser);
        scraper.fetch(serveWarmUp());

        List<Process> burners = new ArrayList<>();
        FetchedPlaylist playlist;
        long started = System.nanoTime();
        double loadBefore = loadAverage();
        double burnedSeconds;
        double loadAfter;
        try {
            for (int i = 0; i < BURNERS; i++) {
                burners.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
            }
            playlist = scraper.fetch(fixture.id());
            assertThat(burners).as("the burners ran for the whole fetch").allMatch(Process::isAlive);
            burnedSeconds = burners.stream().mapToLong(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)
                    .toMillis()).sum() / 1000.0;
            loadAfter = loadAverage();
        } finally {
            burners.forEach(Process::destroyForcibly);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Under load (%d burners, %s): read %d of %d in %.1f s; burners used"
                + " %.1f CPU s; load average %.1f before, %.1f after%n", BURNERS, layout,
                playlist.readCount(), TOTAL, seconds, burnedSeconds, loadBefore, loadAfter);

        assertThat(burnedSeconds).as("CPU seconds the burners took: the machine was busy").isGreaterThan(0.5);
        assertThat(playlist.readCount()).as("items read of %d (%s)", TOTAL, playlist.shortfall()).isEqualTo(TOTAL);
        assertThat(playlist.complete()).isTrue();
        assertThat(playlist.shortfall()).isNull();
        assertThat(playlist.items()).extracting(FetchedItem::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, TOTAL).boxed().toList());
        assertThat(playlist.items()).extracting(item -> item.track().spotifyId())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, TOTAL).mapToObj(PlaylistFixture::trackId).toList());
        if (layout != Case.GRID_SCROLLS_ITSELF_ROWS_ONLY) {
            playlist.items().forEach(WebPlayerPlaylistScraperTest::assertFromData);
        }
    }

    /** Chromium's first page costs a start-up; fetching a small playlist first keeps that out of the busy part. */
    private static String serveWarmUp() {
        return server.serve(PlaylistFixture.of("warmup", 5)).id();
    }

    /** The 1-minute load average, for the report; NaN where /proc is missing. */
    private static double loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Double.parseDouble(Files.readString(loadavg).split(" ")[0]) : Double.NaN;
    }
}

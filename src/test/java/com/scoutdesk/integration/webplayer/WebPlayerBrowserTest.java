package com.scoutdesk.integration.webplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import com.scoutdesk.model.fetch.FetchedPlaylist;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The browser's lifecycle with real Chromium: the pool limit, time limit, restarts and a clean shutdown. */
class WebPlayerBrowserTest {

    private static FakeWebPlayerServer server;

    @BeforeAll
    static void startServer() throws IOException {
        server = FakeWebPlayerServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void noMorePagesAreOpenAtOnceThanThePoolHolds() {
        AtomicInteger open = new AtomicInteger();
        AtomicInteger mostOpen = new AtomicInteger();
        try (WebPlayerBrowser browser = new WebPlayerBrowser(TestBrowsers.config(server.baseUrl()))) {
            List<CompletableFuture<Boolean>> jobs = IntStream.range(0, 5)
                    .mapToObj(i -> browser.submit(() -> new HoldingJob(open, mostOpen, Duration.ofMillis(400))))
                    .toList();

            assertThat(jobs.stream().map(CompletableFuture::join)).as("none timed out").containsOnly(false);
        }
        assertThat(mostOpen.get()).isEqualTo(2);
        assertThat(open.get()).isZero();
    }

    @Test
    void aPageThatNeverFinishesIsEndedAtThePageTimeout() {
        WebPlayerConfig config = TestBrowsers.config(server.baseUrl()).withPageTimeout(Duration.ofMillis(1500));
        try (WebPlayerBrowser browser = new WebPlayerBrowser(config)) {
            browser.run(() -> new HoldingJob(new AtomicInteger(), new AtomicInteger(), Duration.ZERO));
            long started = System.nanoTime();

            boolean timedOut = browser.run(() -> new HoldingJob(new AtomicInteger(), new AtomicInteger(),
                    Duration.ofHours(1)));

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(timedOut).isTrue();
            assertThat(took).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(5));
        }
    }

    @Test
    void aKilledBrowserIsStartedAgainForTheNextFetch() {
        PlaylistFixture fixture = server.serve(PlaylistFixture.of("restart", 40));
        Set<Long> before = TestBrowsers.descendants();
        try (WebPlayerBrowser browser = new WebPlayerBrowser(TestBrowsers.config(server.baseUrl()))) {
            WebPlayerPlaylistScraper scraper = new WebPlayerPlaylistScraper(browser);
            assertThat(scraper.fetch(fixture.id()).complete()).isTrue();

            assertThat(TestBrowsers.killChromiumStartedSince(before)).as("Chromium processes killed").isPositive();
            awaitGone(TestBrowsers.chromiumStartedSince(before));

            FetchedPlaylist again = scraper.fetch(fixture.id());
            assertThat(again.complete()).isTrue();
            assertThat(again.items()).hasSize(40);
            assertThat(browser.launches()).isEqualTo(2);
        }
    }

    @Test
    void aFetchCaughtInABrowserCrashIsRetriedOnANewBrowser() {
        PlaylistFixture fixture = server.serve(PlaylistFixture.of("crash", 100).withDelay(40));
        Set<Long> before = TestBrowsers.descendants();
        AtomicBoolean killed = new AtomicBoolean();
        server.onQuery(query -> {
            if (query.playlistId().equals(fixture.id()) && query.offset() > 0 && killed.compareAndSet(false, true)) {
                TestBrowsers.killChromiumStartedSince(before);
            }
        });
        try (WebPlayerBrowser browser = new WebPlayerBrowser(TestBrowsers.config(server.baseUrl()))) {
            FetchedPlaylist playlist = new WebPlayerPlaylistScraper(browser).fetch(fixture.id());

            assertThat(killed).as("the browser was killed mid-fetch").isTrue();
            assertThat(playlist.complete()).isTrue();
            assertThat(playlist.items()).hasSize(100);
            playlist.items().forEach(WebPlayerPlaylistScraperTest::assertFromData);
            assertThat(browser.launches()).isEqualTo(2);
        } finally {
            server.onQuery(query -> { });
        }
    }

    @Test
    void chromiumRunsWithTheFlagsThatKeepItOffTheNetwork() {
        Set<Long> before = TestBrowsers.descendants();
        try (WebPlayerBrowser browser = new WebPlayerBrowser(TestBrowsers.config(server.baseUrl()))) {
            browser.run(() -> new HoldingJob(new AtomicInteger(), new AtomicInteger(), Duration.ZERO));

            List<String> arguments = TestBrowsers.chromiumStartedSince(before).stream()
                    .map(p -> p.info().arguments().map(List::of).orElse(List.of()))
                    .filter(args -> args.stream().noneMatch(a -> a.startsWith("--type="))) // the browser process
                    .findFirst().orElseThrow();
            assertThat(arguments).contains("--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic", "--headless");
        }
    }

    @Test
    void closingLeavesNoProcessesBehind() {
        Set<Long> before = TestBrowsers.descendants();
        WebPlayerBrowser browser = new WebPlayerBrowser(TestBrowsers.config(server.baseUrl()));
        browser.run(() -> new HoldingJob(new AtomicInteger(), new AtomicInteger(), Duration.ZERO));
        List<ProcessHandle> started = TestBrowsers.startedSince(before);
        assertThat(started).as("the driver and Chromium").hasSizeGreaterThanOrEqualTo(2);
        assertThat(TestBrowsers.chromiumStartedSince(before)).isNotEmpty();

        browser.close();

        awaitGone(started);
        assertThat(TestBrowsers.startedSince(before)).isEmpty();
        assertThatThrownBy(() -> browser.run(() -> new HoldingJob(new AtomicInteger(), new AtomicInteger(),
                Duration.ZERO))).isInstanceOf(IllegalStateException.class);
    }

    private static void awaitGone(List<ProcessHandle> processes) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            sleep(50);
        }
        assertThat(processes.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)).as("still running")
                .isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps its page for a while and counts how many such pages are open at once; answers whether it timed out. */
    private static final class HoldingJob implements PageJob<Boolean> {

        private final AtomicInteger open;
        private final AtomicInteger mostOpen;
        private final Duration hold;
        private long until;

        HoldingJob(AtomicInteger open, AtomicInteger mostOpen, Duration hold) {
            this.open = open;
            this.mostOpen = mostOpen;
            this.hold = hold;
        }

        @Override
        public void start(Page page) {
            mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            until = System.nanoTime() + hold.toNanos();
        }

        @Override
        public boolean step(Page page) {
            return System.nanoTime() - until > 0;
        }

        @Override
        public Boolean finish(Page page, boolean timedOut) {
            open.decrementAndGet();
            return timedOut;
        }
    }
}

package com.scoutdesk.integration.webplayer;

import com.scoutdesk.model.fetch.FetchedPlaylist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches a local 100-item playlist page through real Chromium and prints the wall time and the peak memory of the
 * browser processes (PSS summed over this JVM's child processes, from /proc/PID/smaps_rollup, sampled every 20 ms
 * during each phase). PSS counts shared pages once, split among the processes sharing them, so the sum is what the
 * browser really costs; RSS would count shared libraries once per process.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp.txt)
 * com.scoutdesk.integration.webplayer.WebPlayerFetchBenchmark [chromium] [warm runs]}.
 */
public final class WebPlayerFetchBenchmark {

    private WebPlayerFetchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path chromium = Path.of(args.length > 0 ? args[0] : "/usr/bin/chromium");
        int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (FakeWebPlayerServer server = FakeWebPlayerServer.start()) {
            PlaylistFixture playlist = server.serve(PlaylistFixture.of("bench", 100));
            PlaylistFixture other = server.serve(PlaylistFixture.of("benchother", 100));
            WebPlayerConfig config = WebPlayerConfig.defaults().withBaseUrl(server.baseUrl())
                    .withChromiumExecutable(chromium);
            System.out.printf("Local playlist page: %d items, %d ms server delay per GraphQL answer, pool of %d%n",
                    playlist.total(), playlist.delayMillis(), config.pagePoolSize());

            WebPlayerBrowser browser;
            try (MemorySampler sampler = MemorySampler.start()) {
                long started = System.nanoTime();
                browser = new WebPlayerBrowser(config);
                FetchedPlaylist first = new WebPlayerPlaylistScraper(browser).fetch(playlist.id());
                report("cold (driver + Chromium start + fetch)", started, first, sampler);
            }
            try (browser) {
                WebPlayerPlaylistScraper scraper = new WebPlayerPlaylistScraper(browser);
                List<Long> warm = new ArrayList<>();
                try (MemorySampler sampler = MemorySampler.start()) {
                    FetchedPlaylist last = null;
                    for (int run = 0; run < warmRuns; run++) {
                        long started = System.nanoTime();
                        last = scraper.fetch(playlist.id());
                        warm.add((System.nanoTime() - started) / 1_000_000);
                    }
                    warm.sort(null);
                    System.out.printf("warm fetch x%d: median %d ms, min %d ms, max %d ms; %s; peak PSS %s%n",
                            warmRuns, warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1),
                            describe(last), sampler.peak());
                }
                try (MemorySampler sampler = MemorySampler.start()) {
                    long started = System.nanoTime();
                    CompletableFuture<FetchedPlaylist> a = CompletableFuture.supplyAsync(() -> scraper.fetch(
                            playlist.id()));
                    CompletableFuture<FetchedPlaylist> b = CompletableFuture.supplyAsync(() -> scraper.fetch(
                            other.id()));
                    FetchedPlaylist resultA = a.join();
                    FetchedPlaylist resultB = b.join();
                    System.out.printf("2 fetches in parallel: %d ms wall; %s + %s; peak PSS %s%n",
                            (System.nanoTime() - started) / 1_000_000, describe(resultA), describe(resultB),
                            sampler.peak());
                }
            }
            System.out.printf("JVM peak RSS (VmHWM): %s; child processes left after close: %d%n", vmHwm(),
                    ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
        }
    }

    private static void report(String phase, long startedNanos, FetchedPlaylist playlist, MemorySampler sampler) {
        System.out.printf("%s: %d ms; %s; peak PSS %s%n", phase, (System.nanoTime() - startedNanos) / 1_000_000,
                describe(playlist), sampler.peak());
    }

    private static String describe(FetchedPlaylist playlist) {
        return playlist.readCount() + "/" + playlist.expectedTotal() + (playlist.complete() ? " complete" : " PARTIAL");
    }

    private static String vmHwm() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> l.substring(6).strip()).findFirst().orElse("?");
    }

    /** Samples the PSS of all child processes on a daemon thread and keeps the highest total. */
    private static final class MemorySampler implements AutoCloseable {

        private static final Duration EVERY = Duration.ofMillis(20);

        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peakTotalKb;
        private volatile long peakChromiumKb;
        private volatile long peakDriverKb;
        private volatile int processesAtPeak;

        private MemorySampler() {
            thread = new Thread(this::sample, "pss-sampler");
            thread.setDaemon(true);
        }

        static MemorySampler start() {
            MemorySampler sampler = new MemorySampler();
            sampler.thread.start();
            return sampler;
        }

        String peak() {
            return String.format(Locale.ROOT, "%.0f MB over %d processes (Chromium %.0f MB, Playwright driver %.0f MB)",
                    peakTotalKb / 1024.0, processesAtPeak, peakChromiumKb / 1024.0, peakDriverKb / 1024.0);
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }

        private void sample() {
            while (running) {
                long total = 0;
                long chromium = 0;
                long driver = 0;
                int count = 0;
                for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
                    long kb = pssKb(process.pid());
                    if (kb <= 0) {
                        continue;
                    }
                    count++;
                    total += kb;
                    String command = process.info().command().orElse("");
                    if (command.contains("chrom")) {
                        chromium += kb;
                    } else if (command.contains("node")) {
                        driver += kb;
                    }
                }
                if (total > peakTotalKb) {
                    peakTotalKb = total;
                    peakChromiumKb = chromium;
                    peakDriverKb = driver;
                    processesAtPeak = count;
                }
                try {
                    Thread.sleep(EVERY.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static long pssKb(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        return Long.parseLong(line.substring(4).replace("kB", "").strip());
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // The process ended between listing and reading: it costs nothing any more.
            }
            return 0;
        }
    }
}

package com.scoutdesk.app.uibench;

import com.scoutdesk.bench.EnrichmentLoad;
import com.scoutdesk.bench.EnrichmentLoadResult;
import com.scoutdesk.bench.ResidentMemory;
import com.scoutdesk.bench.UiBenchmarkPlan;
import com.scoutdesk.bench.UiBenchmarkReport;
import com.scoutdesk.bench.UiBenchmarkReport.FilterTiming;
import com.scoutdesk.cli.UiBenchmark;
import com.scoutdesk.concurrent.NamedThreads;
import com.scoutdesk.service.Services;
import com.scoutdesk.ui.FxTaskExecutor;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code bench ui} on the real window: opens {@code MainWindow} in a stage at 1280 x 800 on the open workspace, times
 * the first full dashboard and filter changes made on the real controls, watches the FX thread's frames while tracks
 * are enriched in the background, and samples the resident memory throughout. Everything is read from the scene
 * graph at layout pulses; nothing waits a fixed time.
 */
public final class FxUiBenchmark implements UiBenchmark {

    private static final long FIRST_DASHBOARD_TIMEOUT_SECONDS = 120;
    private static final long MEMORY_SAMPLE_MS = 250;

    @Override
    public UiBenchmarkReport measure(Services services, UiBenchmarkPlan plan, Consumer<String> progress) {
        try {
            return measureOrFail(services, plan, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench ui was interrupted", e);
        }
    }

    private UiBenchmarkReport measureOrFail(Services services, UiBenchmarkPlan plan, Consumer<String> progress)
            throws InterruptedException {
        Fx.startToolkit();
        MemorySampler memory = new MemorySampler();
        FxTaskExecutor executor = new FxTaskExecutor();
        BenchWindow window = null;
        try {
            progress.accept("Opening the window at " + BenchWindow.WIDTH + " x " + BenchWindow.HEIGHT + "...");
            window = Fx.call(() -> BenchWindow.open(services, executor));
            long full = Fx.await(window.firstFull(), FIRST_DASHBOARD_TIMEOUT_SECONDS,
                    "the dashboard did not show its rows, count and metric cards");
            double firstDashboardMs = (full - window.openedNanos()) / 1e6;
            // done by now, since the full dashboard is laid out too
            double firstLayoutMs = (Fx.await(window.firstLayout(), 1, "no layout of the dashboard")
                    - window.openedNanos()) / 1e6;
            DashboardProbe probe = window.probe();
            long tracks = Fx.call(probe::rows);

            progress.accept(String.format("Timing %d filter changes on the real controls...", plan.filterRuns()));
            List<FilterTiming> filters = new FilterRuns(probe, progress).time(plan.filterRuns());

            Stall stall = watchEnrichment(services, plan, progress);
            return new UiBenchmarkReport(tracks, firstDashboardMs, firstLayoutMs, filters, stall.gaps().longestMs(),
                    stall.gaps().frames(), stall.gaps().slowFrames(), stall.enriched(), memory.stop(),
                    UiBenchmarkReport.Heap.now());
        } finally {
            BenchWindow opened = window;
            if (opened != null) {
                Fx.run(opened::close);
            }
            executor.shutdown();
            memory.stop();
        }
    }

    /** Watches the FX thread's frames while the plan's tracks are enriched in the background. */
    private static Stall watchEnrichment(Services services, UiBenchmarkPlan plan, Consumer<String> progress)
            throws InterruptedException {
        progress.accept(String.format("Queueing %,d tracks for tiers %s and watching the FX thread while they are "
                + "enriched (at most %d s)...", plan.enrichTracks(), plan.tiers().stream()
                .map(t -> String.valueOf(t.number())).toList(), plan.enrichWindow().toSeconds()));
        EnrichmentLoad load = EnrichmentLoad.queue(services.enrichment(), services.tracks(), plan.enrichTracks(),
                plan.tiers());
        FrameGaps gaps = new FrameGaps();
        Fx.run(gaps::start);
        load.start();
        try {
            return new Stall(gaps, load.finish(plan.enrichWindow()));
        } finally {
            Fx.run(gaps::stop);
        }
    }

    private record Stall(FrameGaps gaps, EnrichmentLoadResult enriched) {
    }

    /** The highest VmRSS seen, sampled on its own thread from the window's opening to the end. */
    private static final class MemorySampler {

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                NamedThreads.daemon("bench-ui-memory"));
        private OptionalLong peak = ResidentMemory.now();

        MemorySampler() {
            timer.scheduleAtFixedRate(this::sample, MEMORY_SAMPLE_MS, MEMORY_SAMPLE_MS, TimeUnit.MILLISECONDS);
        }

        private synchronized void sample() {
            peak = ResidentMemory.max(peak, ResidentMemory.now());
        }

        synchronized OptionalLong stop() {
            timer.shutdownNow();
            sample();
            return peak;
        }
    }
}

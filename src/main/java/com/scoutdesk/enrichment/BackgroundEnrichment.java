package com.scoutdesk.enrichment;

import com.scoutdesk.concurrent.NamedThreads;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works off the enrichment queue while the window is open: a pass every {@code period}, and one at once when
 * {@link #nudge()}d (after tracks were added). One pass at a time, on a background thread; closing stops the lanes
 * after the batch in hand and never interrupts them (an interrupt during a database write can close H2's file).
 */
public final class BackgroundEnrichment implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundEnrichment.class);

    private final EnrichmentPipeline pipeline;
    private final Runnable beforePass;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            NamedThreads.daemon("background-enrichment"));

    public BackgroundEnrichment(EnrichmentPipeline pipeline, Duration period) {
        this(pipeline, period, () -> { });
    }

    /**
     * @param beforePass runs before each pass on the same thread, e.g. checking playlists added while offline, so
     *                   that the tracks they bring are enriched in that pass
     */
    public BackgroundEnrichment(EnrichmentPipeline pipeline, Duration period, Runnable beforePass) {
        this.pipeline = pipeline;
        this.beforePass = beforePass;
        executor.scheduleWithFixedDelay(this::pass, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs a pass soon, e.g. after a fetch queued new tracks. */
    public void nudge() {
        if (!executor.isShutdown()) {
            executor.execute(this::pass);
        }
    }

    private void pass() {
        try {
            beforePass.run();
        } catch (RuntimeException e) {
            LOG.warn("The work before a background enrichment pass failed", e);
        }
        try {
            PipelineReport report = pipeline.runDue();
            if (report.done() + report.failed() + report.deferred() > 0) {
                LOG.info("Background enrichment: {}", report);
            }
        } catch (RuntimeException e) {
            // One bad pass must not end the schedule; the queue keeps what is left for the next one.
            LOG.warn("Background enrichment pass failed", e);
        }
    }

    @Override
    public void close() {
        pipeline.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Background enrichment still finishing a batch after 30 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

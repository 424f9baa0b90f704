package com.scoutdesk.bench;

import com.scoutdesk.concurrent.NamedThreads;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.service.EnrichmentListener;
import com.scoutdesk.service.EnrichmentScope;
import com.scoutdesk.service.EnrichmentService;
import com.scoutdesk.service.TierRunEvent;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackQueryService;
import com.scoutdesk.service.TrackSort;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The enrichment {@code bench ui} runs behind the window: the first tracks of the dashboard's order are queued again
 * for the chosen tiers and one pass over them runs on its own thread, through the same service the window uses, so
 * its commits and events reach the window as a real pass's would. Counts what it got through.
 */
public final class EnrichmentLoad {

    /** Tracks queued per transaction: one over all of them would make Hibernate's auto-flush quadratic. */
    private static final int CHUNK = 250;

    private final EnrichmentService enrichment;
    private final List<Long> ids;
    private final List<EnrichmentTier> tiers;
    private final Map<Long, AtomicInteger> runsByTrack = new ConcurrentHashMap<>();
    private final AtomicLong doneTracks = new AtomicLong();
    private final AtomicLong runsDone = new AtomicLong();
    private final AtomicLong runsOther = new AtomicLong();
    private Thread pass;
    private long startNanos;
    private volatile long endNanos;
    private volatile RuntimeException failure;

    private EnrichmentLoad(EnrichmentService enrichment, List<Long> ids, List<EnrichmentTier> tiers) {
        this.enrichment = enrichment;
        this.ids = ids;
        this.tiers = List.copyOf(tiers);
    }

    /** Queues the first {@code count} tracks of the dashboard's default order again for {@code tiers}. */
    public static EnrichmentLoad queue(EnrichmentService enrichment, TrackQueryService tracks, int count,
                                       List<EnrichmentTier> tiers) {
        List<Long> all = tracks.ids(TrackFilter.all(), TrackSort.DEFAULT);
        List<Long> ids = List.copyOf(all.subList(0, Math.min(count, all.size())));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            enrichment.queueAgain(EnrichmentScope.of(ids.subList(from, Math.min(ids.size(), from + CHUNK)), tiers));
        }
        return new EnrichmentLoad(enrichment, ids, tiers);
    }

    public int tracks() {
        return ids.size();
    }

    /** Starts the pass on its own thread; returns at once. */
    public synchronized void start() {
        if (pass != null) {
            throw new IllegalStateException("the pass was already started");
        }
        startNanos = System.nanoTime();
        pass = NamedThreads.daemon("bench-ui-enrichment", this::runPass);
        pass.start();
    }

    /**
     * Waits for the pass to end, at most {@code window}; a pass still running then is cancelled (its runs stay
     * queued) and waited for.
     */
    public EnrichmentLoadResult finish(Duration window) throws InterruptedException {
        Thread running;
        synchronized (this) {
            running = pass;
        }
        if (running == null) {
            throw new IllegalStateException("the pass was not started");
        }
        running.join(Math.max(1, window.toMillis()));
        boolean finished = !running.isAlive();
        long end = finished ? endNanos : System.nanoTime();
        if (!finished) {
            enrichment.cancel();
            running.join(TimeUnit.MINUTES.toMillis(2));
        }
        if (failure != null) {
            throw failure;
        }
        return new EnrichmentLoadResult(ids.size(), tiers, doneTracks.get(), runsDone.get(), runsOther.get(),
                (end - startNanos) / 1e9, finished);
    }

    private void runPass() {
        try {
            enrichment.run(EnrichmentScope.of(ids, tiers), new EnrichmentListener() {
                @Override
                public void outcome(TierRunEvent event) {
                    count(event);
                }
            });
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            endNanos = System.nanoTime();
        }
    }

    private void count(TierRunEvent event) {
        if ("done".equalsIgnoreCase(event.outcome())) {
            runsDone.incrementAndGet();
        } else {
            runsOther.incrementAndGet();
        }
        int runs = runsByTrack.computeIfAbsent(event.trackId(), id -> new AtomicInteger()).incrementAndGet();
        if (runs == tiers.size()) {
            doneTracks.incrementAndGet();
        }
    }
}

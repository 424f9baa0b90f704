package com.scoutdesk.performance;

import com.scoutdesk.enrichment.EnrichmentPipeline;
import com.scoutdesk.enrichment.QueueProgress;
import com.scoutdesk.enrichment.RunSelection;
import com.scoutdesk.enrichment.TierRunQueue;
import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.persistence.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes the numbers a snapshot is taken on: every tracked track's play count (tier 2) and YouTube views (tier
 * 6), those the weekly playlist update skipped as already known included. The runs go through the enrichment queue,
 * forced (asked of the source even when the stored value is recent), so each provider's rate limiter, retry policy
 * and Retry-After apply as to any other run; passes repeat until every run answered or gave up, or the deadline
 * passes. What did not answer by then is stale in the snapshot, never zero growth.
 */
public final class FreshNumbers {

    /** The tiers whose numbers a snapshot holds. */
    public static final List<EnrichmentTier> TIERS = List.of(EnrichmentTier.WEB_PLAYER_CREDITS,
            EnrichmentTier.YOUTUBE);
    private static final Logger LOG = LoggerFactory.getLogger(FreshNumbers.class);

    private final Database db;
    private final TierRunQueue queue;
    private final EnrichmentPipeline pipeline;
    private final Clock clock;
    private final Pause pause;

    public FreshNumbers(Database db, TierRunQueue queue, EnrichmentPipeline pipeline, Clock clock, Pause pause) {
        this.db = db;
        this.queue = queue;
        this.pipeline = pipeline;
        this.clock = clock;
        this.pause = pause;
    }

    /** Queues every track's play count and views again and works them off until done or {@code deadline}. */
    public RefreshReport refresh(Instant deadline, RefreshListener listener) throws InterruptedException {
        Instant since = clock.instant();
        List<EnrichmentTier> tiers = TIERS.stream().filter(pipeline.tiers()::contains).toList();
        List<EnrichmentTier> missing = TIERS.stream().filter(t -> !tiers.contains(t)).toList();
        List<Long> ids = trackIds();
        if (tiers.isEmpty() || ids.isEmpty()) {
            return new RefreshReport(since, tiers, missing, ids.size(), 0, false);
        }
        queue.enqueue(ids, tiers, true);
        RunSelection selection = RunSelection.ofTiers(tiers);
        boolean timedOut = false;
        while (true) {
            pipeline.runDue(selection);
            report(listener, since, tiers, ids.size());
            Optional<Instant> next = queue.nextAttempt(tiers);
            if (next.isEmpty()) {
                break;
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                timedOut = true;
                break;
            }
            if (!next.get().isAfter(now) && tiers.stream().mapToInt(t -> queue.dueCount(t, selection)).sum() == 0) {
                // Runs wait for something no pass can give (a prerequisite not configured): waiting will not help.
                break;
            }
            pause.until(next.get().isBefore(deadline) ? next.get() : deadline);
        }
        long unfinished = queue.reports().progress(since, tiers).tiers().stream()
                .filter(t -> tiers.stream().anyMatch(x -> x.number() == t.tier()))
                .mapToLong(QueueProgress.Tier::outstanding).sum();
        LOG.info("Refresh of play counts and views for {} tracks: {} runs unfinished{}", ids.size(), unfinished,
                timedOut ? " at the deadline" : "");
        return new RefreshReport(since, tiers, missing, ids.size(), unfinished, timedOut);
    }

    private void report(RefreshListener listener, Instant since, List<EnrichmentTier> tiers, int total) {
        QueueProgress p = queue.reports().progress(since, tiers);
        listener.progress(p.settledTracks(), total);
    }

    private List<Long> trackIds() {
        return db.readJdbc(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("select id from track order by id");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }
}

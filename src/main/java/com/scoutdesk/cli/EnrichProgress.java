package com.scoutdesk.cli;

import com.scoutdesk.service.EnrichmentListener;
import com.scoutdesk.service.TierRunEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The progress of one enrichment pass: each tier's due runs at the start, the outcomes as they commit and what the
 * providers wait for ({@link EnrichmentListener}), handed to a {@link ProgressView}. Lanes and their writers call it
 * from several threads.
 */
final class EnrichProgress implements EnrichmentListener {

    private final ProgressView view;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final Map<Integer, TierProgress> tiers = new LinkedHashMap<>();
    /** By provider name, in the order the waits began. */
    private final Map<String, Instant> rateLimitedUntil = new LinkedHashMap<>();
    private final Set<String> unreachable = new LinkedHashSet<>();

    EnrichProgress(ProgressView view, Clock clock) {
        this.view = view;
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(clock.getZone());
    }

    /** A tier this pass works on, with the runs due in it at the start. */
    synchronized void tier(int number, String title, int due) {
        tiers.put(number, new TierProgress(number, title, due));
    }

    /** Shows the tiers before the first outcome comes. */
    synchronized void start() {
        view.progress(active(), notes(), true);
    }

    @Override
    public synchronized void outcome(TierRunEvent outcome) {
        TierProgress tier = tiers.computeIfAbsent(outcome.tier(), n -> new TierProgress(n, "tier " + n, 0));
        tier.count(outcome.outcome(), !unreachable.isEmpty());
        if ("done".equals(outcome.outcome())) {
            unreachable.clear(); // a run got through: whatever was unreachable answers again
        }
        if (tier.finished() && tier.report()) {
            view.finished(tier.line());
        }
        view.progress(active(), notes(), false);
    }

    @Override
    public synchronized void rateLimited(String provider, Instant until) {
        rateLimitedUntil.put(provider, until);
        view.progress(active(), notes(), true);
    }

    @Override
    public synchronized void unreachable(String provider) {
        unreachable.add(provider);
        view.progress(active(), notes(), true);
    }

    /** The pass is over: tiers cut short (stopped, a failed write) get their line too, then the view closes. */
    synchronized void finish() {
        for (TierProgress tier : tiers.values()) {
            if (tier.total() > 0 && tier.report()) {
                view.finished(tier.line());
            }
        }
        view.close();
    }

    private List<TierProgress> active() {
        return tiers.values().stream().filter(TierProgress::active).toList();
    }

    private List<String> notes() {
        Instant now = clock.instant();
        List<String> notes = new ArrayList<>();
        rateLimitedUntil.values().removeIf(until -> !until.isAfter(now));
        rateLimitedUntil.forEach((provider, until) -> notes.add(provider + " rate-limited until "
                + time.format(until)));
        unreachable.forEach(provider -> notes.add(provider + " offline"));
        return notes;
    }
}

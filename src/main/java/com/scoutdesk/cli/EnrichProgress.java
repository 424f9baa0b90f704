package com.scoutdesk.cli;

import com.scoutdesk.enrichment.TierOutcome;
import com.scoutdesk.integration.common.Provider;
import com.scoutdesk.integration.common.ProviderListener;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The progress of one enrichment pass: each tier's due runs at the start, the outcomes the pipeline commits
 * ({@link com.scoutdesk.enrichment.EnrichmentPipeline#subscribe}) and what the providers wait for
 * ({@link ProviderListener}), handed to a {@link ProgressView}. Lanes and their writers call it from several threads.
 */
final class EnrichProgress implements Consumer<TierOutcome>, ProviderListener {

    private final ProgressView view;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final Map<Integer, TierProgress> tiers = new LinkedHashMap<>();
    private final Map<Provider, Instant> rateLimitedUntil = new EnumMap<>(Provider.class);
    private final Set<Provider> unreachable = EnumSet.noneOf(Provider.class);

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
    public synchronized void accept(TierOutcome outcome) {
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
    public synchronized void rateLimited(Provider provider, Instant until) {
        rateLimitedUntil.put(provider, until);
        view.progress(active(), notes(), true);
    }

    @Override
    public synchronized void unreachable(Provider provider) {
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
        rateLimitedUntil.forEach((provider, until) -> notes.add(provider.displayName() + " rate-limited until "
                + time.format(until)));
        unreachable.forEach(provider -> notes.add(provider.displayName() + " offline"));
        return notes;
    }
}

package com.scoutdesk.ui.progress;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.service.EnrichmentProgress.TierProgress;
import com.scoutdesk.service.TierRunWait;
import com.scoutdesk.service.TierState;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.progress.TierProgressRow.Phase;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the per-tier lines from the latest answer and the live events: only the tiers with work in the batch (runs
 * outstanding or settled since it began) get a line, in tier order, named as the table's menus name them.
 */
final class TierRows {

    /** A tier that committed an answer this recently is "running"; after that its due runs are "pending". */
    static final Duration RUNNING_WINDOW = Duration.ofSeconds(15);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TierRows() {
    }

    /**
     * @param lastAnswer when each tier last committed an answer (not a deferral), by tier number
     * @param zone       the scout's time zone, for "until 17:42"
     */
    static List<TierProgressRow> build(ProgressSnapshot snapshot, Map<Integer, Instant> lastAnswer, Instant now,
                                       ZoneId zone, boolean paused) {
        List<TierProgressRow> rows = new ArrayList<>();
        for (TierProgress t : snapshot.progress().tiers()) {
            long total = t.outstanding() + t.settled();
            if (total == 0) {
                continue;
            }
            double fraction = (double) t.settled() / total;
            String name = name(t.tier());
            String counts = I18n.tr("progress.tier.counts", t.settled(), total);
            if (!snapshot.status().isConfigured(t.tier())) {
                rows.add(new TierProgressRow(t.tier(), name, fraction, counts,
                        TierState.State.NOT_CONFIGURED.label(), Phase.NOT_CONFIGURED));
                continue;
            }
            TierProgressRow.Phase phase;
            String state;
            if (t.outstanding() == 0) {
                phase = t.failed() > 0 ? Phase.FAILED : Phase.DONE;
                state = t.failed() > 0 ? failed(t.failed()) : TierState.State.DONE.label();
            } else {
                Optional<TierRunWait> wait = waitOf(snapshot, t.tier(), now);
                Instant answered = lastAnswer.get(t.tier());
                if (paused) {
                    phase = Phase.WAITING;
                    state = I18n.tr("progress.tier.paused");
                } else if (wait.isPresent() && Waits.offline(wait.get().reason())) {
                    phase = Phase.WAITING;
                    state = I18n.tr("progress.tier.offline");
                } else if (wait.isPresent()) {
                    phase = Phase.WAITING;
                    state = I18n.tr("progress.tier.rateLimited", time(wait.get().nextTry(), now, zone));
                } else if (answered != null && !answered.plus(RUNNING_WINDOW).isBefore(now)) {
                    phase = Phase.RUNNING;
                    state = TierState.State.RUNNING.label();
                } else {
                    phase = Phase.WAITING;
                    state = TierState.State.PENDING.label();
                }
                if (t.failed() > 0) {
                    state = I18n.tr("progress.tier.join", state, failed(t.failed()));
                }
            }
            rows.add(new TierProgressRow(t.tier(), name, fraction, counts, state, phase));
        }
        rows.sort(Comparator.comparingInt(TierProgressRow::tier));
        return rows;
    }

    /** "Tier 3 · The MLC publisher status", as the table's Enrich menu names it. */
    static String name(int tier) {
        for (EnrichmentTier each : EnrichmentTier.values()) {
            if (each.number() == tier) {
                return I18n.tr("lead.menu.tierItem", each.number(), each.title());
            }
        }
        return I18n.tr("lead.menu.tierItem", tier, "?");
    }

    /** "17:42" on the same day, "2026-12-07 09:00" on another, in the scout's time zone. */
    static String time(Instant at, Instant now, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        boolean today = local.toLocalDate().equals(now.atZone(zone).toLocalDate());
        return (today ? TIME : DAY_TIME).withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(local);
    }

    private static String failed(long runs) {
        return I18n.tr("progress.tier.failed", runs);
    }

    /**
     * The wait that holds the tier's runs now: an offline source first (it holds them all), else the rate limit that
     * lifts last. Waits already over do not hold anything: the runs are due at the next pass.
     */
    private static Optional<TierRunWait> waitOf(ProgressSnapshot snapshot, int tier, Instant now) {
        List<TierRunWait> current = snapshot.status().waits().stream()
                .filter(w -> w.tier() == tier && w.nextTry() != null && w.nextTry().isAfter(now)).toList();
        Optional<TierRunWait> offline = current.stream().filter(w -> Waits.offline(w.reason())).findFirst();
        if (offline.isPresent()) {
            return offline;
        }
        return current.stream().filter(w -> Waits.rateLimited(w.reason())).max(Comparator.comparing(
                TierRunWait::nextTry));
    }
}

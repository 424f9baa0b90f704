package com.scoutdesk.enrichment;

import com.scoutdesk.integration.common.OfflineException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which stages found their source unreachable, and when to try it again. An unreachable host says nothing about a
 * track, so the pipeline defers the rest of the stage's tier at once instead of learning it again track by track,
 * and probes the source later: 2, 4, 8 ... minutes after each pass that found it offline, at most an hour. A stage
 * that gets through once starts again from 2 minutes. Kept in memory: a new process probes at once.
 */
final class OfflineSources {

    static final Duration FIRST = Duration.ofMinutes(2);
    static final Duration LONGEST = Duration.ofHours(1);

    /** When the runs of an offline stage are due again, and why they wait. */
    record Deferral(Instant retryAt, String reason) {
    }

    private final Clock clock;
    /** Passes in a row that found a stage's source offline, by stage id. */
    private final Map<String, Integer> streaks = new ConcurrentHashMap<>();
    /** The stages found offline in this pass; every thread of a stage defers to the same time. */
    private final Map<String, Deferral> thisPass = new ConcurrentHashMap<>();

    OfflineSources(Clock clock) {
        this.clock = clock;
    }

    /** A new pass starts: every stage may try its source once more. */
    void newPass() {
        thisPass.clear();
    }

    /** The stage's source could not be reached; the first report of a pass sets the pass's deferral. */
    Deferral unreachable(EnrichmentStage stage, OfflineException e) {
        return thisPass.computeIfAbsent(stage.id(), id -> {
            int streak = streaks.merge(id, 1, Integer::sum);
            Duration wait = FIRST.multipliedBy(1L << Math.min(20, streak - 1));
            return new Deferral(clock.instant().plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait),
                    e.provider().displayName() + " offline (cannot be reached)");
        });
    }

    /** The stage's source answered (whatever it said): the next offline spell starts from the first wait. */
    void reachable(EnrichmentStage stage) {
        if (!thisPass.containsKey(stage.id())) {
            streaks.remove(stage.id());
        }
    }

    /** The deferral this pass set for the stage, if its source was found offline. */
    Optional<Deferral> deferral(EnrichmentStage stage) {
        return Optional.ofNullable(thisPass.get(stage.id()));
    }
}

package com.scoutdesk.service;

import com.scoutdesk.model.EnrichmentTier;
import com.scoutdesk.model.TierRunStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Where one enrichment tier stands for one track, as the scout reads it: done, pending, failed (why), deferred (until
 * when), not applicable, not on this plan, or not configured (the tier's provider has no credentials here, so its
 * run waits). "Not configured" and "not applicable" say nothing about the track being unsigned.
 *
 * @param reason why it failed, waits or does not apply; null when there is nothing to say
 * @param until  when a deferred or not-on-plan run is asked again, or a failed one retried; null otherwise
 */
public record TierState(int tier, String title, State state, String reason, Instant until, Instant updatedAt) {

    /** The states a scout can see. */
    public enum State {
        NOT_CONFIGURED("not configured"), NOT_APPLICABLE("not applicable"), PENDING("pending"),
        RUNNING("running"), DONE("done"), FAILED("failed"), DEFERRED("deferred"), NOT_ON_PLAN("not on this plan");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public TierState {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
    }

    /**
     * The state of a stored run. A run that is still waiting for a tier nothing here can run is "not configured";
     * a run the tier already answered keeps its answer (a done run stays done when credentials are removed).
     */
    static TierState of(EnrichmentTier tier, TierRunStatus status, String reason, Instant next, Instant updatedAt,
                        Set<EnrichmentTier> configured) {
        State state = switch (status) {
            case PENDING -> State.PENDING;
            case RUNNING -> State.RUNNING;
            case DONE, SKIPPED -> State.DONE;
            case FAILED -> State.FAILED;
            case DEFERRED -> State.DEFERRED;
            case NOT_APPLICABLE -> State.NOT_APPLICABLE;
            case NOT_ON_PLAN -> State.NOT_ON_PLAN;
        };
        boolean waiting = state == State.PENDING || state == State.DEFERRED || state == State.FAILED;
        if (waiting && !configured.contains(tier)) {
            return new TierState(tier.number(), tier.title(), State.NOT_CONFIGURED, null, null, updatedAt);
        }
        boolean timed = state == State.DEFERRED || state == State.NOT_ON_PLAN || state == State.FAILED;
        return new TierState(tier.number(), tier.title(), state, reason, timed ? next : null, updatedAt);
    }

    /** A tier the track has no run of (a workspace opened read-only before the tier was added). */
    static TierState none(EnrichmentTier tier, Set<EnrichmentTier> configured) {
        return new TierState(tier.number(), tier.title(), configured.contains(tier) ? State.PENDING
                : State.NOT_CONFIGURED, null, null, null);
    }

    /** "deferred until 2026-12-06T08:00:00Z: MusicBrainz is rate limiting", "failed: HTTP 500", "done". */
    public String describe() {
        StringBuilder text = new StringBuilder(state.label());
        if (until != null) {
            text.append(state == State.FAILED ? ", retried after " : " until ").append(until);
        }
        if (reason != null && !reason.isBlank()) {
            text.append(": ").append(reason.strip());
        }
        return text.toString();
    }
}

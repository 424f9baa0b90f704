package com.scoutdesk.ui.progress;

import java.time.Instant;

/**
 * The bookkeeping of the current batch of work: when it began, and whether outcomes were heard that the queue has not
 * been asked about, or has not answered about, yet. A batch begins with the first outstanding run or outcome seen
 * while there was none, and ends with an answer that finds nothing outstanding and no outcome unaccounted for.
 * Used on the FX thread only.
 */
final class Batch {

    /** When the batch began; null while there is none. */
    private Instant start;
    /** Flushes that heard outcomes; how many of them the latest question and the latest answer had seen. */
    private long heard;
    private long asked;
    private long answered;

    /** A flush heard outcomes, the earliest committed at {@code earliest} (null when none says). */
    void heard(Instant earliest, Instant now) {
        heard++;
        if (start == null) {
            start = earliest == null || earliest.isAfter(now) ? now : earliest;
        }
    }

    /** A question goes out now: returns what its answer must hand back to {@link #answered}. */
    long ask() {
        asked = heard;
        return heard;
    }

    /** The moment progress is counted from: the batch's start, or now when there is no batch. */
    Instant since(Instant now) {
        return start == null ? now : start;
    }

    /** An answer came: {@code work} says whether runs are outstanding, counted from {@code since}. */
    void answered(long seen, boolean work, Instant since) {
        answered = Math.max(answered, seen);
        if (work && start == null) {
            start = since;
        } else if (!work && !unanswered()) {
            start = null;
        }
    }

    /** Outcomes were heard after the latest question went out. */
    boolean unasked() {
        return heard > asked;
    }

    /** Outcomes were heard that no answer has counted yet: the bar shows before the first count arrives. */
    boolean unanswered() {
        return heard > answered;
    }
}

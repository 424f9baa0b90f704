package com.scoutdesk.ui.progress;

/**
 * One enrichment tier's line in the expanded progress bar: its display name, how far its runs in the current batch
 * have come, and what it is doing, e.g. "running · failed 2" or "rate-limited until 17:42".
 *
 * @param fraction 0..1: runs settled of the batch's runs of the tier
 * @param counts   "12 of 40": runs settled of the batch's runs of the tier
 * @param phase    what the state text says, for its colour
 */
public record TierProgressRow(int tier, String name, double fraction, String counts, String state, Phase phase) {

    /** The kinds of state a tier can be in, for styling. */
    public enum Phase {
        RUNNING, WAITING, DONE, FAILED, NOT_CONFIGURED
    }
}

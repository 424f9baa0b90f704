package com.scoutdesk.service;

import java.time.Instant;
import java.util.List;

/**
 * A track's unsigned score as last stored, with the evidence it was computed from.
 *
 * @param score        0..10, one decimal
 * @param tableVersion the weight table's version it was computed with
 * @param evidence     one line per rule that fired, the baseline and any cap included
 * @param missing      the inputs that were unknown and so added nothing
 * @param computedAt   when it was computed
 */
public record StoredScore(double score, int tableVersion, List<String> evidence, List<String> missing,
                          Instant computedAt) {

    public StoredScore {
        evidence = List.copyOf(evidence);
        missing = List.copyOf(missing);
    }
}

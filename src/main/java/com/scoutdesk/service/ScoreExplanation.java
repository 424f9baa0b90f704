package com.scoutdesk.service;

import java.util.List;

/**
 * A track's unsigned score as just computed and stored, with its evidence.
 *
 * @param score        0..10, one decimal
 * @param tableVersion the weight table's version it was computed with
 * @param evidence     one line per rule that fired, the baseline and any cap included
 * @param missing      the inputs not known yet, which add nothing
 */
public record ScoreExplanation(String trackName, String artistNames, double score, int tableVersion,
                               List<String> evidence, List<String> missing) {

    public ScoreExplanation {
        evidence = List.copyOf(evidence);
        missing = List.copyOf(missing);
    }
}

package com.scoutdesk.scoring;

import java.util.List;

/**
 * An unsigned score with its evidence: what each rule added and which inputs were still unknown.
 *
 * <p>The constructor enforces the promise the UI relies on: the score is 0..10 in tenths and the breakdown's
 * points add up to it exactly (compared in tenths, so floating-point noise cannot break it). A stored
 * breakdown that no longer adds up is rejected when read, rather than shown as if it explained the score.
 *
 * @param score        0..10, one decimal
 * @param breakdown    one line per rule that fired, including the baseline and any clamp ("cap") line
 * @param missing      the inputs that were unknown and so added nothing
 * @param tableVersion the {@link WeightTable#VERSION} it was computed with
 */
public record ScoreResult(double score, List<Evidence> breakdown, List<MissingInput> missing, int tableVersion) {

    /** The most characters {@link #toJson()} produces: the size of {@code track.score_breakdown}. */
    public static final int MAX_JSON_CHARS = 4000;

    public ScoreResult {
        breakdown = List.copyOf(breakdown);
        missing = List.copyOf(missing);
        long scoreTenths = tenths(score, "score");
        if (scoreTenths < 0 || scoreTenths > WeightTable.MAX_TENTHS) {
            throw new IllegalArgumentException("Score " + score + " is outside 0..10");
        }
        long sum = 0;
        for (Evidence line : breakdown) {
            sum += tenths(line.points(), line.ruleId());
        }
        if (sum != scoreTenths) {
            throw new IllegalArgumentException("Breakdown adds up to " + sum / 10.0 + ", not to the score " + score);
        }
    }

    /** The score in tenths, for sorting and storing without rounding questions. */
    public int scoreTenths() {
        return (int) Math.round(score * 10);
    }

    /** Compact JSON for {@code Track.scoreBreakdown}; never longer than {@value #MAX_JSON_CHARS} characters. */
    public String toJson() {
        return ScoreResultJson.write(this);
    }

    /** Reads what {@link #toJson()} wrote; throws IllegalArgumentException on malformed or inconsistent JSON. */
    public static ScoreResult fromJson(String json) {
        return ScoreResultJson.read(json);
    }

    private static long tenths(double points, String what) {
        double scaled = points * 10;
        long rounded = Math.round(scaled);
        if (Double.isNaN(points) || Math.abs(scaled - rounded) > 1e-6) {
            throw new IllegalArgumentException(what + " is not in tenths of a point: " + points);
        }
        return rounded;
    }
}

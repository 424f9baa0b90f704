package com.scoutdesk.scoring;

import java.util.Objects;

/**
 * One row of the {@link WeightTable}: a stable id, the factor it reads, its weight and what it means.
 *
 * <p>Weights are held in tenths of a point so that a breakdown adds up to its score exactly; doubles would
 * drift (0.1 + 0.2 != 0.3) and the "breakdown sums to the score" promise would only hold approximately.
 *
 * @param id           stable id stored with every breakdown, e.g. {@code publisher.none}
 * @param factor       the input this rule reads
 * @param weightTenths signed weight in tenths of a point (25 = +2.5)
 * @param description  what the rule means, for the UI's legend
 */
public record ScoreRule(String id, ScoreFactor factor, int weightTenths, String description) {

    public ScoreRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(description, "description");
    }

    /** The weight in points, e.g. 2.5. */
    public double weight() {
        return weightTenths / 10.0;
    }
}

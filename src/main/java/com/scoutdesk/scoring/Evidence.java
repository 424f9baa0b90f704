package com.scoutdesk.scoring;

import java.util.Objects;

/**
 * One line of a score's breakdown: the rule that fired, the points it added (negative when it took points
 * away) and a sentence a scout can read, e.g. "Label 'Mara Vell Records' looks like the artist's own vanity
 * label: +1.5".
 */
public record Evidence(String ruleId, double points, String explanation) {

    public Evidence {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(explanation, "explanation");
    }
}

package com.scoutdesk.scoring;

import java.util.Objects;

/**
 * An input the score could not read yet, e.g. {@code publisher}: "Publisher status unknown until The MLC is
 * checked: adds nothing". Listed so that a low score is never mistaken for evidence of a deal.
 *
 * @param factorId    the {@link ScoreFactor#id()} of the unknown input
 * @param explanation the human line
 */
public record MissingInput(String factorId, String explanation) {

    public MissingInput {
        Objects.requireNonNull(factorId, "factorId");
        Objects.requireNonNull(explanation, "explanation");
    }
}

package com.scoutdesk.ui.common;

import java.util.Arrays;
import java.util.List;

/**
 * The colour band of an unsigned score, as every badge shows it (table, cards, kanban): 7 and up high, 4 to 6.9 mid,
 * below 4 low.
 */
public enum ScoreBand {
    HIGH("score-high"), MID("score-mid"), LOW("score-low"), NONE("score-none");

    /** Every band's style class, for a badge that changes band. */
    public static final List<String> STYLE_CLASSES = Arrays.stream(values()).map(ScoreBand::styleClass).toList();

    private final String styleClass;

    ScoreBand(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The band of the score as shown (one decimal), so "7.0" is never painted mid; NONE when unscored. */
    public static ScoreBand of(Double score) {
        if (score == null) {
            return NONE;
        }
        double shown = Math.round(score * 10) / 10.0;
        if (shown >= 7) {
            return HIGH;
        }
        return shown >= 4 ? MID : LOW;
    }

    public String styleClass() {
        return styleClass;
    }
}

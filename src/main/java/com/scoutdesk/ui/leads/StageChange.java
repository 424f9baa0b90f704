package com.scoutdesk.ui.leads;

import com.scoutdesk.model.LeadStage;
import java.util.Objects;

/** A lead moved from one stage to another: what the undo stack keeps and what the views apply to their lanes. */
public record StageChange(long trackId, String trackName, LeadStage from, LeadStage to) {

    public StageChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** The change that takes this one back. */
    public StageChange reversed() {
        return new StageChange(trackId, trackName, to, from);
    }
}

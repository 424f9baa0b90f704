package com.scoutdesk.ui.leads;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.ui.common.I18n;
import java.util.Optional;

/** The kanban's lanes: their titles and the keys 1-6 that send a card to them. */
public final class Lanes {

    private Lanes() {
    }

    /** The lane title ("Signed elsewhere": the scout did not sign it, someone else did). */
    public static String title(LeadStage stage) {
        return I18n.tr("leads.lane." + stage.name());
    }

    /** The stage of key {@code digit} (1 New ... 6 Passed); empty for any other digit. */
    public static Optional<LeadStage> ofKey(int digit) {
        LeadStage[] stages = LeadStage.values();
        return digit >= 1 && digit <= stages.length ? Optional.of(stages[digit - 1]) : Optional.empty();
    }
}

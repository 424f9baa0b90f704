package com.scoutdesk.ui.dashboard;

import com.scoutdesk.ui.common.I18n;
import java.util.Optional;

/** The tri-state completeness choice: any, must have, must lack. */
public enum Presence {
    ANY, HAS, MISSING;

    /** The value for {@code TrackFilter.completeness}: empty for ANY. */
    public Optional<Boolean> required() {
        switch (this) {
            case HAS:
                return Optional.of(true);
            case MISSING:
                return Optional.of(false);
            default:
                return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return I18n.tr("presence." + name());
    }
}

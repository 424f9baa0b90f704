package com.scoutdesk.ui.trends;

import com.scoutdesk.service.trends.Mover;
import com.scoutdesk.service.trends.PlaylistChange;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import java.time.LocalDate;
import java.util.Locale;

/** How the Trends page writes its values: counts, signed changes, and the stale and gap marks. */
final class TrendTexts {

    private TrendTexts() {
    }

    /** A count, with "(stale)" after a value carried over from an earlier week. */
    static String value(Long value, boolean stale) {
        String text = Formats.count(value);
        return stale && value != null ? I18n.tr("trends.stale.value", text) : text;
    }

    /** A change in percent with its sign, "stale" for a stale value, a dash when not known. */
    static String change(Double pct, boolean stale) {
        if (stale) {
            return I18n.tr("trends.stale");
        }
        return pct == null ? Formats.NONE : String.format(Locale.ROOT, "%+.1f %%", pct);
    }

    /** "2 weeks" for a snapshot compared with an older week, blank for consecutive weeks. */
    static String gap(Mover mover) {
        return mover.gap() ? I18n.tr("trends.gap.weeks", mover.gapWeeks() == null ? "?" : mover.gapWeeks()) : "";
    }

    static String kind(PlaylistChange.Kind kind) {
        return I18n.tr("trends.change." + kind.name().toLowerCase(Locale.ROOT));
    }

    static String week(LocalDate week) {
        return week == null ? Formats.NONE : week.toString();
    }
}

package com.scoutdesk.ui.dashboard;

import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** How the lead table words its values; the table, its tooltips and the tests read them from here. */
final class LeadFormats {

    private LeadFormats() {
    }

    /** Week-over-week growth with its sign and one decimal, "+12.5%", "-3.0%"; {@link Formats#NONE} when unknown. */
    static String wow(Double percent) {
        if (percent == null) {
            return Formats.NONE;
        }
        DecimalFormat format = new DecimalFormat("+0.0'%';-0.0'%'",
                DecimalFormatSymbols.getInstance(Locale.getDefault(Locale.Category.FORMAT)));
        return format.format(percent);
    }

    /** Publisher status where UNKNOWN reads "not checked yet": The MLC has not been asked, nothing is unsigned. */
    static String publisher(PublisherStatus status, String name) {
        if (status == null || status == PublisherStatus.UNKNOWN) {
            return I18n.tr("lead.publisher.unknown");
        }
        return Formats.publisher(status, name);
    }

    /** "just now", "5 min ago", "3 h ago", "2 d ago", then the date; "never" when null. */
    static String ago(Instant then, Instant now) {
        if (then == null) {
            return I18n.tr("lead.enriched.never");
        }
        Duration age = Duration.between(then, now);
        if (age.toMinutes() < 1) {
            return I18n.tr("lead.time.justNow");
        }
        if (age.toHours() < 1) {
            return I18n.tr("lead.time.minutes", age.toMinutes());
        }
        if (age.toDays() < 1) {
            return I18n.tr("lead.time.hours", age.toHours());
        }
        if (age.toDays() < 30) {
            return I18n.tr("lead.time.days", age.toDays());
        }
        return Formats.date(then);
    }
}

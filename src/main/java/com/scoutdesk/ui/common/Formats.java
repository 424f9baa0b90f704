package com.scoutdesk.ui.common;

import com.scoutdesk.model.LeadStage;
import com.scoutdesk.model.PlaylistStatus;
import com.scoutdesk.model.PublisherStatus;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values look on screen; one place so the table, the cards and the tests agree. */
public final class Formats {

    /** Shown where a value does not exist yet (no score, no streams). */
    public static final String NONE = "\u2013";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** A score with one decimal, or {@link #NONE}. */
    public static String score(Double score) {
        if (score == null) {
            return NONE;
        }
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(locale())).format(score);
    }

    /** A count with grouped digits, or {@link #NONE}. */
    public static String count(Long value) {
        return value == null ? NONE : NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A share 0..1 as a whole percentage. */
    public static String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    /** Publisher status as a scout reads it; UNKNOWN is "Unknown", never "unsigned" or blank. */
    public static String publisher(PublisherStatus status, String publisherName) {
        if (status == null || status == PublisherStatus.UNKNOWN) {
            return I18n.tr("publisher.UNKNOWN");
        }
        boolean named = status != PublisherStatus.NO_PUBLISHER && status != PublisherStatus.UNPUBLISHED;
        if (status == PublisherStatus.HAS_PUBLISHER && publisherName != null && !publisherName.isBlank()) {
            return publisherName;
        }
        if (named && publisherName != null && !publisherName.isBlank()) {
            return I18n.tr("publisher." + status.name()) + ": " + publisherName;
        }
        return I18n.tr("publisher." + status.name());
    }

    public static String stage(LeadStage stage) {
        return stage == null ? NONE : I18n.tr("stage." + stage.name());
    }

    public static String playlistStatus(PlaylistStatus status) {
        return status == null ? NONE : I18n.tr("playlistStatus." + status.name());
    }

    /** The local calendar day of an instant. */
    public static String date(Instant instant) {
        return instant == null ? NONE : DATE.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** Local date and minute of an instant. */
    public static String dateTime(Instant instant) {
        return instant == null ? NONE : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}

package com.scoutdesk.ui.drawer;

import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.service.FieldSource;
import com.scoutdesk.service.FieldValue;
import com.scoutdesk.service.TierState;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** How the drawer words values, sources and ages; kept apart from the nodes so the view-model tests can read it. */
public final class DrawerTexts {

    private DrawerTexts() {
    }

    /** "artist_followers" as "Artist followers". */
    public static String fieldLabel(String field) {
        String words = field.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The value as a scout reads it; an unknown value is "not checked yet" or "not available", never blank. */
    public static String value(FieldValue field) {
        Object v = field.value();
        // UNKNOWN with no source is the column's default for a track The MLC was not asked about yet
        if (v == null || v == PublisherStatus.UNKNOWN && field.source() == null) {
            return field.source() != null && field.source().notAvailable() ? I18n.tr("drawer.notAvailable")
                    : I18n.tr("drawer.notCheckedYet");
        }
        if (v instanceof PublisherStatus status) {
            return Formats.publisher(status, null);
        }
        if (v instanceof Double d) {
            return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(locale())).format(d);
        }
        if (v instanceof Long || v instanceof Integer) {
            return java.text.NumberFormat.getIntegerInstance(locale()).format(v);
        }
        return v.toString();
    }

    /** "from spotify-api, 3 days ago", "set by you, 2 hours ago", or "" when nothing was recorded. */
    public static String provenance(FieldSource source, Instant now) {
        if (source == null) {
            return "";
        }
        String age = age(source.fetchedAt(), now);
        if (source.manualOverride()) {
            return I18n.tr("drawer.source.manual", age);
        }
        return I18n.tr(source.notAvailable() ? "drawer.source.withheld" : "drawer.source.from", source.source(), age);
    }

    /** "just now", "5 minutes ago", "3 hours ago", "2 days ago", "4 weeks ago", "1 year ago". */
    public static String age(Instant then, Instant now) {
        if (then == null) {
            return I18n.tr("drawer.age.unknown");
        }
        long minutes = Math.max(0, Duration.between(then, now).toMinutes());
        if (minutes < 1) {
            return I18n.tr("drawer.age.now");
        }
        if (minutes < 60) {
            return I18n.tr("drawer.age.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return I18n.tr("drawer.age.hours", hours);
        }
        long days = hours / 24;
        if (days < 14) {
            return I18n.tr("drawer.age.days", days);
        }
        if (days < 365) {
            return I18n.tr("drawer.age.weeks", days / 7);
        }
        return I18n.tr("drawer.age.years", days / 365);
    }

    /** "failed, retried after 2026-12-01 12:00: HTTP 503", "deferred until ...", "done": local times, not ISO. */
    public static String tier(TierState tier) {
        StringBuilder text = new StringBuilder(tier.state().label());
        if (tier.until() != null) {
            text.append(I18n.tr(tier.state() == TierState.State.FAILED ? "drawer.tier.retried" : "drawer.tier.until",
                    Formats.dateTime(tier.until())));
        }
        if (tier.reason() != null && !tier.reason().isBlank()) {
            text.append(": ").append(tier.reason().strip());
        }
        return text.toString();
    }

    /** An evidence line "Label looks like a vanity label: +1.5" split into its sentence and its points. */
    public static String[] evidence(String line) {
        int colon = line.lastIndexOf(": ");
        if (colon > 0 && line.substring(colon + 2).matches("[+\u2212-]?[0-9.]+")) {
            return new String[] {line.substring(0, colon), line.substring(colon + 2)};
        }
        return new String[] {line, ""};
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}

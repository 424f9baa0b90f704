package com.scoutdesk.ui.leads;

import com.scoutdesk.model.PublisherStatus;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The texts a lead card shows; what is not known yet says so ("–", "not checked yet"), never a zero or a blank. */
public final class CardFacts {

    private CardFacts() {
    }

    public static String score(TrackRow row) {
        return row.unsignedScore() == null ? I18n.tr("leads.score.none") : Formats.score(row.unsignedScore());
    }

    public static String streams(TrackRow row) {
        return I18n.tr("leads.streams", Formats.count(row.spotifyStreams()));
    }

    /** Week-over-week growth with its sign ("+12.5% WoW"), or "– WoW" when there is no previous week to compare. */
    public static String wow(TrackRow row) {
        Double pct = row.wowStreamsPct();
        if (pct == null) {
            return I18n.tr("leads.wow.unknown");
        }
        DecimalFormat format = new DecimalFormat("+0.0'%';\u22120.0'%'",
                DecimalFormatSymbols.getInstance(Locale.getDefault(Locale.Category.FORMAT)));
        return I18n.tr("leads.wow", format.format(pct));
    }

    public static String publisher(TrackRow row) {
        if (row.publisherStatus() == null || row.publisherStatus() == PublisherStatus.UNKNOWN) {
            return I18n.tr("leads.publisher.notChecked");
        }
        return Formats.publisher(row.publisherStatus(), row.publisherName());
    }
}

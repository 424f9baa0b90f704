package com.scoutdesk.ui.dashboard;

import com.scoutdesk.service.DashboardStats;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The text of the four metric cards, formatted from the latest {@link DashboardStats}. */
public final class DashboardMetrics {

    private final ReadOnlyStringWrapper totalTracks = new ReadOnlyStringWrapper(this, "totalTracks", Formats.NONE);
    private final ReadOnlyStringWrapper highPriority = new ReadOnlyStringWrapper(this, "highPriority", Formats.NONE);
    private final ReadOnlyStringWrapper averageScore = new ReadOnlyStringWrapper(this, "averageScore", Formats.NONE);
    private final ReadOnlyStringWrapper scoredCaption = new ReadOnlyStringWrapper(this, "scoredCaption", "");
    private final ReadOnlyStringWrapper enriched = new ReadOnlyStringWrapper(this, "enriched", Formats.NONE);

    void show(DashboardStats stats) {
        totalTracks.set(Formats.count(stats.totalTracks()));
        highPriority.set(Formats.count(stats.highPriorityLeads()));
        boolean scored = stats.scoredTracks() > 0 && stats.averageScore() != null;
        averageScore.set(scored ? Formats.score(stats.averageScore()) : Formats.NONE);
        scoredCaption.set(I18n.tr("metric.averageScore.caption", Formats.count(stats.scoredTracks())));
        enriched.set(stats.totalTracks() == 0 ? Formats.NONE : Formats.percent(stats.enrichedShare()));
    }

    public ReadOnlyStringProperty totalTracksProperty() {
        return totalTracks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty highPriorityProperty() {
        return highPriority.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty averageScoreProperty() {
        return averageScore.getReadOnlyProperty();
    }

    /** "N scored", under the average. */
    public ReadOnlyStringProperty scoredCaptionProperty() {
        return scoredCaption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty enrichedProperty() {
        return enriched.getReadOnlyProperty();
    }
}

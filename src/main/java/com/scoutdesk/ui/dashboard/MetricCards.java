package com.scoutdesk.ui.dashboard;

import atlantafx.base.controls.Card;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.MetricCard;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The four metric cards above the dashboard table, equally wide. */
final class MetricCards {

    private MetricCards() {
    }

    static HBox create(DashboardMetrics metrics) {
        HBox row = new HBox(12,
                card("total-tracks", Feather.MUSIC, I18n.tr("metric.totalTracks"), metrics.totalTracksProperty(),
                        new Label(I18n.tr("metric.totalTracks.caption"))),
                card("high-priority", Feather.STAR, I18n.tr("metric.highPriority"), metrics.highPriorityProperty(),
                        new Label(I18n.tr("metric.highPriority.caption"))),
                card("average-score", Feather.TRENDING_UP, I18n.tr("metric.averageScore"),
                        metrics.averageScoreProperty(), boundLabel(metrics.scoredCaptionProperty())),
                card("enriched", Feather.CHECK_CIRCLE, I18n.tr("metric.enriched"), metrics.enrichedProperty(),
                        new Label(I18n.tr("metric.enriched.caption"))));
        row.getStyleClass().add("metric-cards");
        return row;
    }

    private static Card card(String id, Ikon ikon, String title, ObservableStringValue value, Label caption) {
        return MetricCard.create(id, ikon, title, value, caption);
    }

    private static Label boundLabel(ObservableStringValue text) {
        return MetricCard.boundLabel(text);
    }
}

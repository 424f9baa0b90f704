package com.scoutdesk.ui.dashboard;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
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
        Label header = new Label(title, Icons.of(ikon, 16));
        header.getStyleClass().addAll(Styles.TEXT_MUTED, "metric-title");
        Label valueLabel = boundLabel(value);
        valueLabel.setId(id + "-value");
        valueLabel.getStyleClass().addAll(Styles.TITLE_1, "metric-value");
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        caption.setMinWidth(0);
        VBox body = new VBox(2, valueLabel, caption);
        body.setAlignment(Pos.CENTER_LEFT);

        Card card = new Card();
        card.setId(id);
        card.getStyleClass().add("metric-card");
        card.setHeader(header);
        card.setBody(body);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setMinWidth(150);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private static Label boundLabel(ObservableStringValue text) {
        Label label = new Label();
        label.textProperty().bind(text);
        return label;
    }
}

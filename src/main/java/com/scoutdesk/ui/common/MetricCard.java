package com.scoutdesk.ui.common;

import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/**
 * One metric card (icon and title, a large value, a muted caption), shared by the dashboard and the Playlists page so
 * that a number looks the same wherever it is shown.
 */
public final class MetricCard {

    private MetricCard() {
    }

    /**
     * A card that grows to share its row equally with its siblings.
     *
     * @param id the card's node id; its value label gets {@code id + "-value"} (tests read it)
     */
    public static Card create(String id, Ikon ikon, String title, ObservableStringValue value, Label caption) {
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

    /** A label that shows {@code text} as it changes. */
    public static Label boundLabel(ObservableStringValue text) {
        Label label = new Label();
        label.textProperty().bind(text);
        return label;
    }
}

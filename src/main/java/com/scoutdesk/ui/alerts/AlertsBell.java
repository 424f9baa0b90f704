package com.scoutdesk.ui.alerts;

import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

/**
 * The bell in the left bar: the number of alerts not dismissed, and the notification list at a click. It reads the
 * number again every {@link #POLL}, besides the reads the window asks for after enrichment and fetches, so alerts
 * raised by the weekly jobs show without anything on screen changing.
 */
public final class AlertsBell {

    /** How often the bell reads the alerts again; a count is one indexed query. */
    public static final Duration POLL = Duration.minutes(1);

    private final AlertsViewModel model;
    private final Button button;
    private final Timeline poll;

    public AlertsBell(AlertsViewModel model, AlertsPanel panel) {
        this.model = Objects.requireNonNull(model);
        Label badge = new Label();
        badge.getStyleClass().add("badge");
        badge.setId("alerts-count");
        badge.textProperty().bind(Bindings.createStringBinding(() -> model.countProperty().get() > 99 ? "99+"
                : Long.toString(model.countProperty().get()), model.countProperty()));
        badge.visibleProperty().bind(model.countProperty().greaterThan(0));
        Label text = new Label(I18n.tr("alerts.bell"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox graphic = new HBox(10, Icons.of(Feather.BELL, 16), text, gap, badge);
        graphic.setMaxWidth(Double.MAX_VALUE);
        button = new Button(null, graphic);
        button.setId("alerts-bell");
        button.getStyleClass().addAll("nav-button", "alerts-bell");
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setMaxWidth(Double.MAX_VALUE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> I18n.tr("alerts.bell.tooltip",
                model.countProperty().get()), model.countProperty()));
        button.setTooltip(tip);
        button.setOnAction(e -> panel.toggle());
        poll = new Timeline(new KeyFrame(POLL, e -> model.refresh()));
        poll.setCycleCount(Animation.INDEFINITE);
    }

    public Button root() {
        return button;
    }

    /** Reads the alerts now and starts the timer. */
    public void start() {
        model.refresh();
        poll.play();
    }

    /** Stops the timer; call when the workspace closes. */
    public void stop() {
        poll.stop();
    }
}

package com.scoutdesk.ui.alerts;

import atlantafx.base.theme.Styles;
import com.scoutdesk.model.AlertKind;
import com.scoutdesk.service.AlertRow;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The notification list, a panel at the window's right: the alerts newest first, each with its kind, time and a
 * Dismiss button, and Dismiss all above them. Clicking an alert's text opens its track's details (and closes the
 * panel, so the drawer has the room).
 */
public final class AlertsPanel {

    private static final Map<AlertKind, Ikon> ICONS = Map.of(
            AlertKind.LABEL_MAJOR, Feather.ALERT_TRIANGLE,
            AlertKind.PUBLISHER_APPEARED, Feather.ALERT_TRIANGLE,
            AlertKind.EDITORIAL_PLAYLIST, Feather.STAR,
            AlertKind.VELOCITY_SPIKE, Feather.TRENDING_UP);

    private final AlertsViewModel model;
    private final Consumer<Node> show;
    private final VBox root = new VBox(8);
    private boolean open;

    /** @param show puts the panel in the window (a node) or takes it away (null) */
    public AlertsPanel(AlertsViewModel model, Consumer<Node> show) {
        this.model = Objects.requireNonNull(model);
        this.show = Objects.requireNonNull(show);
        root.getStyleClass().add("alerts-panel");
        root.setId("alerts-panel");

        Label title = new Label(I18n.tr("alerts.title"), Icons.of(Feather.BELL, 16));
        title.getStyleClass().add("alerts-title");
        Button dismissAll = new Button(I18n.tr("alerts.dismissAll"));
        dismissAll.setId("alerts-dismiss-all");
        dismissAll.getStyleClass().add(Styles.SMALL);
        dismissAll.disableProperty().bind(Bindings.isEmpty(model.rows()));
        dismissAll.setOnAction(e -> model.dismissAll());
        Button close = new Button(null, Icons.of(Feather.X, 16));
        close.setId("alerts-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip(I18n.tr("alerts.close")));
        close.setOnAction(e -> setOpen(false));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, dismissAll, close);
        header.setAlignment(Pos.CENTER_LEFT);

        ListView<AlertRow> list = new ListView<>(model.rows());
        list.setId("alerts-list");
        list.getStyleClass().add(Styles.STRIPED);
        list.setCellFactory(v -> new AlertCell());
        Label empty = new Label(I18n.tr("alerts.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(300);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorMessageProperty());
        error.visibleProperty().bind(model.errorMessageProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        root.getChildren().addAll(header, error, list);
    }

    public Node root() {
        return root;
    }

    /** Shows the panel (reading the alerts again) or hides it. */
    public void toggle() {
        setOpen(!open);
    }

    public boolean isOpen() {
        return open;
    }

    void setOpen(boolean open) {
        this.open = open;
        if (open) {
            model.refresh();
        }
        show.accept(open ? root : null);
    }

    /** One alert: kind and time above, the message (a link to the track) and Dismiss beside it. */
    private final class AlertCell extends ListCell<AlertRow> {

        @Override
        protected void updateItem(AlertRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label kind = new Label(I18n.tr("alerts.kind." + row.kind().name()), Icons.of(ICONS.get(row.kind()), 12));
            kind.getStyleClass().add("alert-kind");
            Label time = new Label(Formats.dateTime(row.occurredAt()));
            time.getStyleClass().add("alert-time");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(6, kind, gap, time);
            top.setAlignment(Pos.CENTER_LEFT);

            Label message = new Label(row.message());
            message.getStyleClass().add("alert-message");
            message.setWrapText(true);
            // A wrapping label in a list cell takes its width from here and grows in height to fit its lines.
            message.setPrefWidth(250);
            message.setMinHeight(Region.USE_PREF_SIZE);
            message.setTooltip(new Tooltip(I18n.tr("alerts.open")));
            message.setOnMouseClicked(e -> {
                setOpen(false);
                model.open(row);
            });
            HBox.setHgrow(message, Priority.ALWAYS);
            Button dismiss = new Button(I18n.tr("alerts.dismiss"));
            dismiss.getStyleClass().addAll(Styles.SMALL, "alert-dismiss");
            dismiss.setOnAction(e -> model.dismiss(row));
            dismiss.setMinWidth(Region.USE_PREF_SIZE);
            HBox body = new HBox(8, message, dismiss);
            body.setAlignment(Pos.CENTER_LEFT);

            VBox cell = new VBox(4, top, body);
            cell.setMaxWidth(330);
            cell.setPrefWidth(330);
            setGraphic(cell);
        }
    }
}

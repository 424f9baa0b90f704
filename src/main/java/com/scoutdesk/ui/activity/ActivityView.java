package com.scoutdesk.ui.activity;

import static com.scoutdesk.ui.common.Columns.column;
import static com.scoutdesk.ui.common.Columns.text;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.ActivityRow;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Panels;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The activity log, newest first. */
public final class ActivityView {

    private final VBox root;

    public ActivityView(ActivityViewModel model) {
        TableView<ActivityRow> table = new TableView<>(model.rows());
        table.setId("activity-table");
        table.getStyleClass().add(Styles.STRIPED);
        table.setFixedCellSize(32);
        table.setPlaceholder(new Label(I18n.tr("activity.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column(I18n.tr("activity.time"), 140, ActivityRow::occurredAt, Formats::dateTime),
                text(I18n.tr("activity.actor"), 110, ActivityRow::actor),
                text(I18n.tr("activity.kind"), 140, ActivityRow::kind),
                text(I18n.tr("activity.outcome"), 100, ActivityRow::outcome),
                text(I18n.tr("activity.message"), 420, ActivityRow::message)));
        table.getColumns().forEach(c -> c.setSortable(false));
        VBox.setVgrow(table, Priority.ALWAYS);

        ProgressIndicator spinner = Panels.smallSpinner();
        spinner.visibleProperty().bind(model.loadingProperty());
        HBox header = new HBox(10, Panels.pageTitle(I18n.tr("activity.title")), spinner);
        header.setAlignment(Pos.CENTER_LEFT);
        Label error = Panels.errorLine();
        error.textProperty().bind(model.errorMessageProperty());

        root = new VBox(12, header, error, table);
        root.setId("activity");
        root.setPadding(new Insets(16));
    }

    public Node root() {
        return root;
    }
}

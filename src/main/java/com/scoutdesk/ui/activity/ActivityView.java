package com.scoutdesk.ui.activity;

import static com.scoutdesk.ui.common.Columns.column;
import static com.scoutdesk.ui.common.Columns.fixed;
import static com.scoutdesk.ui.common.Columns.flexible;
import static com.scoutdesk.ui.common.Columns.text;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.ActivityEntry;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Panels;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The activity log, newest first: the filter bar, a table with readable kinds and coloured outcomes, and a detail
 * pane with the selected entry's full message. Double-click or Enter on a row opens its track, else its playlist.
 */
public final class ActivityView {

    private final VBox root;

    public ActivityView(ActivityViewModel model) {
        TableView<ActivityEntry> table = table(model);

        ProgressIndicator spinner = Panels.smallSpinner();
        spinner.visibleProperty().bind(model.loadingProperty());
        Label shown = new Label();
        shown.setId("activity-shown");
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        shown.textProperty().bind(model.shownProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, Panels.pageTitle(I18n.tr("activity.title")), spinner, gap, shown);
        header.setAlignment(Pos.CENTER_LEFT);
        Label error = Panels.errorLine();
        error.textProperty().bind(model.errorMessageProperty());

        SplitPane split = new SplitPane(table, new ActivityDetailPane(model).root());
        split.setOrientation(Orientation.VERTICAL);
        // Both parts grow and shrink with the window: a detail pane of fixed height left a minimum-size window six
        // rows of table.
        split.setDividerPositions(0.8);
        VBox.setVgrow(split, Priority.ALWAYS);

        root = new VBox(12, header, new ActivityFilterBar(model.filter(), model::clearFilters).root(), error, split);
        root.setId("activity");
        root.setPadding(new Insets(16));
    }

    private static TableView<ActivityEntry> table(ActivityViewModel model) {
        TableView<ActivityEntry> table = new TableView<>(model.rows());
        table.setId("activity-table");
        table.getStyleClass().add(Styles.STRIPED);
        table.setFixedCellSize(32);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.filteredProperty())
                .then(I18n.tr("activity.placeholder.filtered")).otherwise(I18n.tr("activity.placeholder")));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                fixed(column(I18n.tr("activity.time"), 148, ActivityEntry::occurredAt, Formats::dateTime)),
                flexible(column(I18n.tr("activity.kind"), 210, ActivityEntry::kind, ActivityLabels::kind), 120),
                flexible(text(I18n.tr("activity.track"), 150, ActivityEntry::trackName), 90),
                flexible(text(I18n.tr("activity.playlist"), 160, ActivityEntry::playlistName), 90),
                fixed(column(I18n.tr("activity.tier"), 64, ActivityEntry::tier, ActivityLabels::tier)),
                outcomeColumn(),
                flexible(text(I18n.tr("activity.message"), 380, ActivityEntry::message), 160)));
        // Newest first is the query's order; sorting 500 of a longer log by another column would mislead.
        table.getColumns().forEach(c -> c.setSortable(false));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                model.selectedProperty().set(now));
        table.setRowFactory(t -> {
            TableRow<ActivityEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.open(table.getSelectionModel().getSelectedItem())) {
                e.consume();
            }
        });
        return table;
    }

    /** The outcome in words, coloured by its tone: failed in the danger colour, and so on. */
    private static TableColumn<ActivityEntry, String> outcomeColumn() {
        // Shrinks a little in a narrow window: the longest outcome ("Not applicable") still fits in 96 pixels.
        TableColumn<ActivityEntry, String> outcome = flexible(column(I18n.tr("activity.outcome"), 120,
                ActivityEntry::outcome, ActivityLabels::outcome), 96);
        outcome.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                for (ActivityLabels.Tone tone : ActivityLabels.Tone.values()) {
                    getStyleClass().remove(tone.styleClass());
                }
                setText(empty ? null : ActivityLabels.outcome(item));
                if (!empty) {
                    getStyleClass().add(ActivityLabels.tone(item).styleClass());
                }
            }
        });
        return outcome;
    }

    public Node root() {
        return root;
    }
}

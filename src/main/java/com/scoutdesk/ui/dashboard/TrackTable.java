package com.scoutdesk.ui.dashboard;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.ui.common.ArtThumbnails;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Shortcuts;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The dashboard's table of leads over the whole result: its items are {@link DashboardViewModel#rows()}, whose rows
 * load window by window as the table scrolls to them. A header click re-queries in that order (the table never sorts
 * rows itself); ticks, Shift and Ctrl clicks and Ctrl+A select by track id through the view model. Fixed row height
 * and recycled cells keep 20,000 rows smooth.
 */
final class TrackTable {

    static final double ROW_HEIGHT = 46;
    private static final Set<TrackSort.Key> HIGH_FIRST = EnumSet.of(TrackSort.Key.SCORE, TrackSort.Key.STREAMS,
            TrackSort.Key.WOW, TrackSort.Key.LAST_ENRICHED, TrackSort.Key.FIRST_SEEN);
    private static final PseudoClass TICKED = PseudoClass.getPseudoClass("ticked");

    private final DashboardViewModel model;
    private final TableView<TrackRow> table = new TableView<>();
    private final CheckBox all = new CheckBox();
    private boolean showingSort;

    TrackTable(DashboardViewModel model, ArtThumbnails art) {
        this.model = model;
        table.setId("track-table");
        table.getStyleClass().addAll(Styles.STRIPED, "track-table");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label(I18n.tr("dashboard.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Function<TrackRow, String> publisher = r -> LeadFormats.publisher(r.publisherStatus(), r.publisherName());
        Function<TrackRow, String> stage = r -> Formats.stage(r.leadStage());
        table.getColumns().addAll(List.of(
                selectColumn(),
                fixedWidth(unsortable(column("art", "column.art", 46, null, () -> new LeadCells.ArtCell(art)))),
                // Minimum widths add up to what a 1,024 px window leaves beside the navigation: nothing is cut off,
                // text columns shorten with an ellipsis and a tooltip.
                flexible(column("track", "column.track", 200, TrackSort.Key.TRACK, LeadCells.TrackCell::new), 120),
                fixedWidth(column("score", "column.score", 72, TrackSort.Key.SCORE, LeadCells.ScoreCell::new)),
                flexible(right(column("streams", "column.streams", 96, TrackSort.Key.STREAMS,
                        () -> new LeadCells.TextCell(r -> Formats.count(r.spotifyStreams()), r -> null))), 76),
                flexible(right(column("wow", "column.wow", 100, TrackSort.Key.WOW, LeadCells.WowCell::new)), 92),
                flexible(column("publisher", "column.publisher", 132, TrackSort.Key.PUBLISHER,
                        () -> new LeadCells.TextCell(publisher, publisher)), 84),
                flexible(column("stage", "column.stage", 96, TrackSort.Key.STAGE,
                        () -> new LeadCells.TextCell(stage, stage)), 80),
                fixedWidth(unsortable(column("tiers", "column.tiers", 150, null, LeadCells.TiersCell::new))),
                flexible(column("enriched", "column.lastEnriched", 118, TrackSort.Key.LAST_ENRICHED,
                        LeadCells.EnrichedCell::new), 70)));
        table.setItems(model.rows());
        table.setRowFactory(t -> new LeadRow());
        table.setSortPolicy(t -> {
            requestSort();
            return true;
        });
        model.sortProperty().addListener((obs, old, now) -> showSort(now));
        showSort(model.sortProperty().get());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.selection().countProperty().addListener(obs -> showAllTick());
        model.totalProperty().addListener(obs -> showAllTick());
    }

    TableView<TrackRow> table() {
        return table;
    }

    private TableColumn<TrackRow, TrackRow> selectColumn() {
        TableColumn<TrackRow, TrackRow> column = column("select", null, 40, null, () -> new LeadCells.CheckCell(model));
        all.setId("select-all");
        all.setTooltip(new Tooltip(I18n.tr("lead.selectAll")));
        all.setOnAction(e -> {
            long count = model.selection().countProperty().get();
            if (count > 0 && count >= model.totalProperty().get()) {
                model.clearSelection();
            } else {
                model.selectAll();
            }
            showAllTick();
        });
        column.setGraphic(all);
        column.setResizable(false);
        column.setReorderable(false);
        return fixedWidth(unsortable(column));
    }

    private void showAllTick() {
        long count = model.selection().countProperty().get();
        long total = model.totalProperty().get();
        all.setIndeterminate(count > 0 && count < total);
        all.setSelected(count > 0 && count >= total);
    }

    private void onKey(KeyEvent event) {
        if (Shortcuts.SELECT_ALL.match(event)) {
            model.selectAll();
            event.consume();
        } else if (event.getCode() == KeyCode.SPACE && table.getFocusModel().getFocusedIndex() >= 0) {
            model.toggle(table.getFocusModel().getFocusedIndex());
            event.consume();
        }
    }

    /** The table asked to sort: turn its first sort column into a query order. */
    private void requestSort() {
        if (showingSort) {
            return;
        }
        if (table.getSortOrder().isEmpty()) {
            // A third click clears the column's sort; the result falls back to the scout's order, best score first.
            model.sortBy(TrackSort.DEFAULT);
            Platform.runLater(() -> showSort(model.sortProperty().get()));
            return;
        }
        TableColumn<TrackRow, ?> first = table.getSortOrder().get(0);
        TrackSort.Key key = (TrackSort.Key) first.getUserData();
        if (key != model.sortProperty().get().key() && HIGH_FIRST.contains(key)
                && first.getSortType() == TableColumn.SortType.ASCENDING) {
            // A header click starts ascending; numbers and dates are more useful highest or newest first.
            showingSort = true;
            try {
                first.setSortType(TableColumn.SortType.DESCENDING);
            } finally {
                showingSort = false;
            }
        }
        model.sortBy(TrackSort.by(key, first.getSortType() == TableColumn.SortType.DESCENDING));
    }

    /** Puts the header's arrow on the column the result is ordered by. */
    private void showSort(TrackSort sort) {
        showingSort = true;
        try {
            for (TableColumn<TrackRow, ?> column : table.getColumns()) {
                if (column.getUserData() == sort.key()) {
                    column.setSortType(sort.descending() ? TableColumn.SortType.DESCENDING
                            : TableColumn.SortType.ASCENDING);
                    if (table.getSortOrder().size() != 1 || table.getSortOrder().get(0) != column) {
                        table.getSortOrder().setAll(List.of(column));
                    }
                }
            }
        } finally {
            showingSort = false;
        }
    }

    private static TableColumn<TrackRow, TrackRow> column(String id, String titleKey, double width, TrackSort.Key key,
                                                          Supplier<TableCell<TrackRow, TrackRow>> cell) {
        TableColumn<TrackRow, TrackRow> column = new TableColumn<>(titleKey == null ? "" : I18n.tr(titleKey));
        column.setId("column-" + id);
        column.setPrefWidth(width);
        column.setUserData(key);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> cell.get());
        return column;
    }

    private static <T> TableColumn<TrackRow, T> unsortable(TableColumn<TrackRow, T> column) {
        column.setSortable(false);
        return column;
    }

    private static <T> TableColumn<TrackRow, T> fixedWidth(TableColumn<TrackRow, T> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    private static <T> TableColumn<TrackRow, T> flexible(TableColumn<TrackRow, T> column, double minWidth) {
        column.setMinWidth(minWidth);
        return column;
    }

    private static <T> TableColumn<TrackRow, T> right(TableColumn<TrackRow, T> column) {
        column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        return column;
    }

    /** A row that shows whether its track is ticked and turns clicks into selection by id. */
    private final class LeadRow extends TableRow<TrackRow> {
        private final InvalidationListener tickListener = obs -> showTick();

        LeadRow() {
            model.selection().versionProperty().addListener(new WeakInvalidationListener(tickListener));
            addEventFilter(MouseEvent.MOUSE_PRESSED, this::onPress);
        }

        @Override
        protected void updateItem(TrackRow row, boolean empty) {
            super.updateItem(row, empty);
            showTick();
        }

        private void showTick() {
            TrackRow row = getItem();
            pseudoClassStateChanged(TICKED, !isEmpty() && row != null && model.selection().contains(row.id()));
        }

        private void onPress(MouseEvent event) {
            if (isEmpty() || getItem() == null || insideCheckBox(event)) {
                return;
            }
            if (event.getButton() == MouseButton.PRIMARY) {
                model.click(getIndex(), event.isShortcutDown(), event.isShiftDown());
            } else if (event.getButton() == MouseButton.SECONDARY && !model.selection().contains(getItem().id())) {
                model.click(getIndex(), false, false);
            }
        }

        private boolean insideCheckBox(MouseEvent event) {
            Node node = event.getPickResult().getIntersectedNode();
            while (node != null && node != this) {
                if (node instanceof CheckBox) {
                    return true;
                }
                node = node.getParent();
            }
            return false;
        }
    }
}

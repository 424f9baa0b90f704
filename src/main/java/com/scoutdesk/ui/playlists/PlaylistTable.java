package com.scoutdesk.ui.playlists;

import static com.scoutdesk.ui.common.Columns.alignRight;
import static com.scoutdesk.ui.common.Columns.column;
import static com.scoutdesk.ui.common.Columns.fixed;
import static com.scoutdesk.ui.common.Columns.flexible;
import static com.scoutdesk.ui.common.Columns.text;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.ui.common.Columns;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import java.time.Instant;
import java.util.List;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The playlist table: what each playlist is, how healthy its fetches are, and a ring while it is worked on. */
final class PlaylistTable {

    private PlaylistTable() {
    }

    static TableView<PlaylistSummary> create(PlaylistsViewModel model) {
        TableView<PlaylistSummary> table = new TableView<>();
        table.setId("playlist-table");
        table.getStyleClass().add(Styles.STRIPED);
        table.setFixedCellSize(32);
        table.setPlaceholder(new Label(I18n.tr("playlists.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().addAll(List.of(
                busyColumn(model.busy()),
                flexible(text(I18n.tr("playlists.name"), 200, PlaylistSummary::name), 120),
                flexible(text(I18n.tr("playlists.curator"), 150, PlaylistTable::curator), 120),
                fixed(alignRight(column(I18n.tr("playlists.tracksThisWeek"), 96, PlaylistSummary::tracksLatestWeek,
                        Formats::count))),
                fixed(column(I18n.tr("playlists.lastGoodFetch"), 146, PlaylistSummary::lastGoodFetchAt,
                        Formats::dateTime)),
                fixed(column(I18n.tr("playlists.source"), 96, PlaylistSummary::lastSource,
                        PlaylistOutcomes::source)),
                fixed(alignRight(column(I18n.tr("playlists.coverage"), 140, p -> p, PlaylistTable::coverage))),
                fixed(alignRight(column(I18n.tr("playlists.weeksStale"), 78,
                        p -> p.weeksStale(Instant.now()), w -> w == null ? Formats.NONE
                                : I18n.tr("playlists.weeksStale.value", Formats.count(w))))),
                fixed(column(I18n.tr("playlists.status"), 90, PlaylistSummary::status, Formats::playlistStatus)),
                flexible(text(I18n.tr("playlists.lastError"), 200, PlaylistSummary::lastError), 110)));
        Columns.bindSorted(table, model.rows());
        return table;
    }

    /** The curator, with the editorial badge when the source's own editors keep the playlist. */
    static String curator(PlaylistSummary p) {
        return p.editorial() ? (p.curator() == null ? "" : p.curator() + " · ") + I18n.tr("playlists.editorial.badge")
                : p.curator();
    }

    /** "45 / 60 (75%)": items read of those the source listed; only the count when the source did not say. */
    static String coverage(PlaylistSummary p) {
        if (p.lastRead() == null) {
            return Formats.NONE;
        }
        Double share = p.coverage();
        return share == null ? Formats.count((long) p.lastRead())
                : I18n.tr("playlists.coverage.value", Formats.count((long) p.lastRead()),
                        Formats.count((long) p.lastExpected()), Formats.percent(share));
    }

    /** A narrow column whose cell shows a ring while its playlist is fetched, refreshed or enriched. */
    private static TableColumn<PlaylistSummary, PlaylistSummary> busyColumn(ObservableSet<Long> busy) {
        TableColumn<PlaylistSummary, PlaylistSummary> column = new TableColumn<>();
        column.setId("playlist-busy");
        column.setPrefWidth(30);
        column.setMinWidth(30);
        column.setMaxWidth(30);
        column.setSortable(false);
        column.setResizable(false);
        column.setCellValueFactory(data -> new javafx.beans.property.ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> new BusyCell(busy));
        return column;
    }

    /** Shows a small ring while the row's playlist is in the busy set; follows the set as it changes. */
    private static final class BusyCell extends TableCell<PlaylistSummary, PlaylistSummary> {
        private final ObservableSet<Long> busy;
        private final ProgressIndicator ring = new ProgressIndicator();
        // Held here and added weakly: the set outlives the cells the table throws away.
        private final SetChangeListener<Long> follow = change -> show();

        BusyCell(ObservableSet<Long> busy) {
            this.busy = busy;
            ring.setPrefSize(16, 16);
            ring.setMaxSize(16, 16);
            ring.getStyleClass().add("playlist-busy-ring");
            busy.addListener(new WeakSetChangeListener<>(follow));
        }

        @Override
        protected void updateItem(PlaylistSummary item, boolean empty) {
            super.updateItem(item, empty);
            show();
        }

        private void show() {
            PlaylistSummary item = getItem();
            setGraphic(item != null && !isEmpty() && busy.contains(item.id()) ? ring : null);
        }
    }
}

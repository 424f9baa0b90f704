package com.scoutdesk.ui.dashboard;

import static com.scoutdesk.ui.common.Columns.alignRight;
import static com.scoutdesk.ui.common.Columns.column;
import static com.scoutdesk.ui.common.Columns.fixed;
import static com.scoutdesk.ui.common.Columns.flexible;
import static com.scoutdesk.ui.common.Columns.text;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.Columns;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** The dashboard's table of leads; read-only, fixed row height so thousands of rows scroll smoothly. */
final class TrackTable {

    static final double ROW_HEIGHT = 32;

    private TrackTable() {
    }

    static TableView<TrackRow> create(ObservableList<TrackRow> rows) {
        TableView<TrackRow> table = new TableView<>();
        table.setId("track-table");
        table.getStyleClass().addAll(Styles.STRIPED, "track-table");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label(I18n.tr("dashboard.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().addAll(List.of(
                fixed(alignRight(column(I18n.tr("column.score"), 68, TrackRow::unsignedScore, Formats::score))),
                flexible(text(I18n.tr("column.track"), 190, TrackRow::name), 120),
                flexible(text(I18n.tr("column.artists"), 170, TrackRow::artistNames), 110),
                fixed(text(I18n.tr("column.isrc"), 132, TrackRow::isrc)),
                flexible(text(I18n.tr("column.label"), 130, TrackRow::label), 90),
                fixed(alignRight(column(I18n.tr("column.streams"), 100, TrackRow::spotifyStreams, Formats::count))),
                flexible(text(I18n.tr("column.publisher"), 125, r -> Formats.publisher(r.publisherStatus(),
                        r.publisherName())), 105),
                fixed(column(I18n.tr("column.stage"), 108, TrackRow::leadStage, Formats::stage)),
                fixed(column(I18n.tr("column.firstSeen"), 108, TrackRow::firstSeenAt, Formats::date))));
        Columns.bindSorted(table, rows);
        return table;
    }
}

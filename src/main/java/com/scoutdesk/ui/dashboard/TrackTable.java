package com.scoutdesk.ui.dashboard;

import static com.scoutdesk.ui.common.Columns.alignRight;
import static com.scoutdesk.ui.common.Columns.column;
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
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                alignRight(column(I18n.tr("column.score"), 70, TrackRow::unsignedScore, Formats::score)),
                text(I18n.tr("column.track"), 220, TrackRow::name),
                text(I18n.tr("column.artists"), 180, TrackRow::artistNames),
                text(I18n.tr("column.isrc"), 125, TrackRow::isrc),
                text(I18n.tr("column.label"), 150, TrackRow::label),
                alignRight(column(I18n.tr("column.streams"), 115, TrackRow::spotifyStreams, Formats::count)),
                text(I18n.tr("column.publisher"), 130, r -> Formats.publisher(r.publisherStatus(), r.publisherName())),
                column(I18n.tr("column.stage"), 100, TrackRow::leadStage, Formats::stage),
                column(I18n.tr("column.firstSeen"), 100, TrackRow::firstSeenAt, Formats::date)));
        Columns.bindSorted(table, rows);
        return table;
    }
}

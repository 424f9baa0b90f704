package com.scoutdesk.ui.playlists;

import static com.scoutdesk.ui.common.Columns.alignRight;
import static com.scoutdesk.ui.common.Columns.column;
import static com.scoutdesk.ui.common.Columns.fixed;
import static com.scoutdesk.ui.common.Columns.flexible;
import static com.scoutdesk.ui.common.Columns.text;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.FetchHistoryEntry;
import com.scoutdesk.ui.common.Formats;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Panels;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected playlist's fetches, newest first: which week, from where, how much was read, what was added. */
final class FetchHistoryPane {

    private FetchHistoryPane() {
    }

    static VBox create(FetchHistoryViewModel model) {
        Label title = new Label();
        title.setId("playlist-history-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.titleProperty().get().isEmpty()
                ? I18n.tr("playlists.history.title") : I18n.tr("playlists.history.titleOf",
                model.titleProperty().get()), model.titleProperty()));
        Label error = Panels.errorLine();
        error.textProperty().bind(model.errorMessageProperty());

        TableView<FetchHistoryEntry> table = new TableView<>(model.entries());
        table.setId("playlist-history");
        table.setFixedCellSize(28);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(
                model.titleProperty().get().isEmpty() ? I18n.tr("playlists.history.none")
                        : I18n.tr("playlists.history.empty")), model.titleProperty()));
        table.getColumns().addAll(List.of(
                fixed(column(I18n.tr("playlists.history.week"), 100, FetchHistoryEntry::week,
                        w -> w == null ? Formats.NONE : w.toString())),
                fixed(column(I18n.tr("playlists.history.source"), 96, FetchHistoryEntry::source,
                        PlaylistOutcomes::source)),
                fixed(column(I18n.tr("playlists.history.outcome"), 96, FetchHistoryEntry::outcome,
                        o -> o == null ? Formats.NONE : I18n.tr("playlists.outcome." + o.name()))),
                fixed(alignRight(column(I18n.tr("playlists.history.read"), 90, e -> e,
                        e -> e.expected() == null ? Formats.count((long) e.read())
                                : Formats.count((long) e.read()) + " / " + Formats.count((long) e.expected())))),
                fixed(alignRight(column(I18n.tr("playlists.history.adds"), 64, FetchHistoryEntry::added,
                        FetchHistoryPane::count))),
                fixed(alignRight(column(I18n.tr("playlists.history.drops"), 64, FetchHistoryEntry::dropped,
                        FetchHistoryPane::count))),
                flexible(text(I18n.tr("playlists.history.message"), 300, FetchHistoryEntry::message), 150)));
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox pane = new VBox(6, title, error, table);
        pane.setId("playlist-history-pane");
        return pane;
    }

    private static String count(Integer value) {
        return value == null ? Formats.NONE : Formats.count((long) value);
    }
}

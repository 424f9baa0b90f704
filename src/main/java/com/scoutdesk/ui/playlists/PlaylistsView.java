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
import com.scoutdesk.ui.common.Panels;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The tracked playlists and their health. */
public final class PlaylistsView {

    private final VBox root;

    public PlaylistsView(PlaylistsViewModel model) {
        TableView<PlaylistSummary> table = new TableView<>();
        table.setId("playlist-table");
        table.getStyleClass().add(Styles.STRIPED);
        table.setFixedCellSize(32);
        table.setPlaceholder(new Label(I18n.tr("playlists.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().addAll(List.of(
                flexible(text(I18n.tr("playlists.name"), 200, PlaylistSummary::name), 130),
                flexible(text(I18n.tr("playlists.curator"), 150, p -> p.editorial()
                        ? (p.curator() == null ? "" : p.curator() + " · ") + I18n.tr("playlists.editorial.badge")
                        : p.curator()), 150),
                fixed(alignRight(column(I18n.tr("playlists.followers"), 100, PlaylistSummary::followers,
                        Formats::count))),
                fixed(alignRight(column(I18n.tr("playlists.weeks"), 76, PlaylistSummary::weeksTracked,
                        Formats::count))),
                fixed(alignRight(column(I18n.tr("playlists.tracksThisWeek"), 100, PlaylistSummary::tracksLatestWeek,
                        Formats::count))),
                fixed(column(I18n.tr("playlists.lastGoodFetch"), 158, PlaylistSummary::lastGoodFetchAt,
                        Formats::dateTime)),
                fixed(alignRight(column(I18n.tr("playlists.coverage"), 102, PlaylistSummary::coverage,
                        c -> c == null ? "–" : Math.round(c * 100) + "%"))),
                fixed(column(I18n.tr("playlists.status"), 96, PlaylistSummary::status, Formats::playlistStatus)),
                flexible(text(I18n.tr("playlists.lastError"), 200, PlaylistSummary::lastError), 120)));
        Columns.bindSorted(table, model.rows());
        model.wantedProperty().addListener((obs, old, now) -> selectWanted(table, model));
        table.getItems().addListener((ListChangeListener<PlaylistSummary>) change ->
                selectWanted(table, model));
        VBox.setVgrow(table, Priority.ALWAYS);

        ProgressIndicator spinner = Panels.smallSpinner();
        spinner.visibleProperty().bind(model.loadingProperty());
        HBox header = new HBox(10, Panels.pageTitle(I18n.tr("playlists.title")), spinner);
        header.setAlignment(Pos.CENTER_LEFT);
        Label error = Panels.errorLine();
        error.textProperty().bind(model.errorMessageProperty());

        root = new VBox(12, header, error, table);
        root.setId("playlists");
        root.setPadding(new Insets(16));
    }

    /** Selects and scrolls to the playlist another page asked for, once the rows hold it. */
    private static void selectWanted(TableView<PlaylistSummary> table, PlaylistsViewModel model) {
        Long id = model.wantedProperty().get();
        if (id == null) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == id) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                table.requestFocus();
                model.wantedShown();
                return;
            }
        }
    }

    public Node root() {
        return root;
    }
}

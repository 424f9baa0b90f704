package com.scoutdesk.ui.playlists;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;

/** The strips between the cards and the table: the bulk actions, the latest outcome, and the undo of a delete. */
final class PlaylistBars {

    private PlaylistBars() {
    }

    /** Shown while two or more playlists are selected: the row menu's actions, on all of them. */
    static HBox bulk(PlaylistsView view, TableView<PlaylistSummary> table) {
        BooleanBinding unavailable = PlaylistMenu.unavailable(view, table);
        Label count = new Label();
        count.setId("playlist-bulk-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> I18n.tr("playlists.bulk.selected",
                table.getSelectionModel().getSelectedItems().size()), table.getSelectionModel().getSelectedItems()));
        HBox bar = new HBox(8, count,
                PlaylistMenu.button("playlist-bulk-fetch", "playlists.action.fetch", Feather.DOWNLOAD_CLOUD,
                        view::fetch, unavailable),
                PlaylistMenu.button("playlist-bulk-refresh", "playlists.action.refresh", Feather.REFRESH_CW,
                        view::refreshMetadata, unavailable),
                PlaylistMenu.button("playlist-bulk-enrich", "playlists.action.enrich", Feather.ZAP, view::enrich,
                        unavailable),
                PlaylistMenu.button("playlist-bulk-export", "playlists.action.export", Feather.DOWNLOAD,
                        view::exportCsv, unavailable),
                PlaylistMenu.button("playlist-bulk-delete", "playlists.action.delete", Feather.TRASH_2, view::delete,
                        unavailable));
        bar.getChildren().get(bar.getChildren().size() - 1).getStyleClass().add(Styles.DANGER);
        bar.setId("playlist-bulk-bar");
        bar.getStyleClass().addAll("playlist-bar", Styles.BG_SUBTLE, Styles.ROUNDED);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.visibleProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).greaterThan(1));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** What the latest action did, green or red; hidden while there is nothing to say. */
    static Label message(PlaylistsViewModel model) {
        Label message = new Label();
        message.setId("playlist-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.messageIsFailureProperty().addListener(o -> style(message, model));
        model.runningProperty().addListener(o -> style(message, model));
        style(message, model);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /** "2 playlists deleted. [Undo]" for the undo window of a delete. */
    static HBox undo(PlaylistsViewModel model) {
        Label notice = new Label();
        notice.setId("playlist-undo-notice");
        notice.textProperty().bind(model.undoNoticeProperty());
        Button undo = new Button(I18n.tr("playlists.undo.button"));
        undo.setId("playlist-undo");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        undo.setOnAction(e -> model.undoDelete());
        HBox bar = new HBox(12, notice, undo);
        bar.setId("playlist-undo-bar");
        bar.getStyleClass().addAll("playlist-bar", Styles.BG_ACCENT_SUBTLE, Styles.ROUNDED);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.visibleProperty().bind(notice.textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Plain while a batch runs ("Fetching 1 of 2…"), then green or red for how it went. */
    private static void style(Label message, PlaylistsViewModel model) {
        message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        if (!model.runningProperty().get()) {
            message.getStyleClass().add(model.messageIsFailureProperty().get() ? Styles.DANGER : Styles.SUCCESS);
        }
    }
}

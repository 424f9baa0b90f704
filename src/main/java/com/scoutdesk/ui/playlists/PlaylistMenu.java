package com.scoutdesk.ui.playlists;

import atlantafx.base.theme.Styles;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.ui.common.I18n;
import com.scoutdesk.ui.common.Icons;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The actions on the selected playlists, as the row menu and as the buttons of the bulk bar. */
final class PlaylistMenu {

    private PlaylistMenu() {
    }

    static ContextMenu create(PlaylistsView view, TableView<PlaylistSummary> table) {
        BooleanBinding unavailable = unavailable(view, table);
        ContextMenu menu = new ContextMenu(
                item("playlist-menu-fetch", "playlists.action.fetch", Feather.DOWNLOAD_CLOUD, view::fetch,
                        unavailable),
                item("playlist-menu-refresh", "playlists.action.refresh", Feather.REFRESH_CW, view::refreshMetadata,
                        unavailable),
                item("playlist-menu-enrich", "playlists.action.enrich", Feather.ZAP, view::enrich, unavailable),
                item("playlist-menu-export", "playlists.action.export", Feather.DOWNLOAD, view::exportCsv,
                        unavailable),
                new SeparatorMenuItem(),
                item("playlist-menu-delete", "playlists.action.delete", Feather.TRASH_2, view::delete, unavailable));
        menu.setId("playlist-menu");
        return menu;
    }

    static Button button(String id, String key, Ikon ikon, Runnable action, BooleanBinding unavailable) {
        Button button = new Button(I18n.tr(key), Icons.of(ikon));
        button.setId(id);
        button.getStyleClass().add(Styles.SMALL);
        button.setOnAction(e -> action.run());
        button.disableProperty().bind(unavailable);
        return button;
    }

    /** Nothing selected, or a batch under way (one batch at a time: the providers' limits are shared). */
    static BooleanBinding unavailable(PlaylistsView view, TableView<PlaylistSummary> table) {
        return Bindings.isEmpty(table.getSelectionModel().getSelectedItems())
                .or(view.model().runningProperty());
    }

    private static MenuItem item(String id, String key, Ikon ikon, Runnable action, BooleanBinding unavailable) {
        MenuItem item = new MenuItem(I18n.tr(key), Icons.of(ikon));
        item.setId(id);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(unavailable);
        return item;
    }
}

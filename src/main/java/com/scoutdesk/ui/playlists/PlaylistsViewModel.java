package com.scoutdesk.ui.playlists;

import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.WorkspaceQueryService;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.ui.common.BackgroundList;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/** The tracked playlists with their health, loaded in the background. */
public final class PlaylistsViewModel {

    private final BackgroundList<PlaylistSummary> list;
    private final ReadOnlyObjectWrapper<Long> wanted = new ReadOnlyObjectWrapper<>(this, "wanted");

    public PlaylistsViewModel(WorkspaceQueryService workspace, TaskExecutor executor) {
        this.list = new BackgroundList<>(executor, "playlists", workspace::playlists);
    }

    public void refresh() {
        list.refresh();
    }

    /** Asks the view to select and show the playlist with this id (from a link on another page). */
    public void select(long playlistId) {
        // Set to null first so asking for the same playlist again still reaches the view.
        wanted.set(null);
        wanted.set(playlistId);
    }

    /** The playlist another page asked to see, or null; the view selects its row once the rows hold it. */
    public ReadOnlyObjectProperty<Long> wantedProperty() {
        return wanted.getReadOnlyProperty();
    }

    /** The view has shown the wanted playlist: a later reload leaves the scout's own selection alone. */
    public void wantedShown() {
        wanted.set(null);
    }

    public void dispose() {
        list.dispose();
    }

    public ObservableList<PlaylistSummary> rows() {
        return list.rows();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return list.errorMessageProperty();
    }
}

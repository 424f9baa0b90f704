package com.scoutdesk.ui.playlists;

import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.WorkspaceQueryService;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.ui.common.BackgroundList;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/** The tracked playlists with their health, loaded in the background. */
public final class PlaylistsViewModel {

    private final BackgroundList<PlaylistSummary> list;

    public PlaylistsViewModel(WorkspaceQueryService workspace, TaskExecutor executor) {
        this.list = new BackgroundList<>(executor, "playlists", workspace::playlists);
    }

    public void refresh() {
        list.refresh();
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

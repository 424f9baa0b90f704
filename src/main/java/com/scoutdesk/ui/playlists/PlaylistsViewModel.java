package com.scoutdesk.ui.playlists;

import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.service.WorkspaceQueryService;
import com.scoutdesk.service.task.BackgroundTask;
import com.scoutdesk.service.task.TaskExecutor;
import com.scoutdesk.ui.common.ErrorMessages;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The tracked playlists with their health, loaded in the background. */
public final class PlaylistsViewModel {

    private final WorkspaceQueryService workspace;
    private final TaskExecutor executor;
    private final ObservableList<PlaylistSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<PlaylistSummary> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private BackgroundTask task = BackgroundTask.DONE;

    public PlaylistsViewModel(WorkspaceQueryService workspace, TaskExecutor executor) {
        this.workspace = Objects.requireNonNull(workspace);
        this.executor = Objects.requireNonNull(executor);
    }

    public void refresh() {
        task.cancel();
        loading.set(true);
        task = executor.submit("playlists", workspace::playlists,
                loaded -> {
                    rows.setAll(loaded);
                    errorMessage.set(null);
                    loading.set(false);
                },
                error -> {
                    errorMessage.set(ErrorMessages.of(error));
                    loading.set(false);
                });
    }

    public void dispose() {
        task.cancel();
    }

    public ObservableList<PlaylistSummary> rows() {
        return rowsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}

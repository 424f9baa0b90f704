package com.scoutdesk.ui.playlists;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.FetchHistoryEntry;
import com.scoutdesk.ui.common.ErrorMessages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The selected playlist's fetches, newest first, read in the background; the latest selection wins. */
public final class FetchHistoryViewModel {

    private final PlaylistActions actions;
    private final TaskExecutor executor;
    private final ObservableList<FetchHistoryEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<FetchHistoryEntry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private BackgroundTask task;
    private Long shown;

    FetchHistoryViewModel(PlaylistActions actions, TaskExecutor executor) {
        this.actions = actions;
        this.executor = executor;
    }

    /** Shows the history of this playlist, or nothing when {@code playlistId} is null. */
    void show(Long playlistId, String name) {
        if (task != null) {
            task.cancel();
        }
        shown = playlistId;
        title.set(name == null ? "" : name);
        errorMessage.set("");
        if (playlistId == null) {
            entries.clear();
            return;
        }
        task = executor.submit("playlist-history", () -> actions.history(playlistId), read -> {
            if (playlistId.equals(shown)) {
                entries.setAll(read);
            }
        }, error -> {
            entries.clear();
            errorMessage.set(ErrorMessages.of(error));
        });
    }

    /** Reads the shown playlist's history again (after a fetch). */
    void reload() {
        if (shown != null) {
            show(shown, title.get());
        }
    }

    void dispose() {
        if (task != null) {
            task.cancel();
        }
    }

    public ObservableList<FetchHistoryEntry> entries() {
        return entriesView;
    }

    /** The name of the playlist whose history is shown; empty when none is selected. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}

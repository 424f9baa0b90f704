package com.scoutdesk.ui.common;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list a view shows, loaded in the background: a refresh cancels the one before it, and the rows, the loading
 * flag and the error message are what the view binds to.
 */
public final class BackgroundList<T> {

    private final TaskExecutor executor;
    private final String name;
    private final Callable<List<T>> loader;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObservableList<T> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private BackgroundTask task = BackgroundTask.DONE;

    public BackgroundList(TaskExecutor executor, String name, Callable<List<T>> loader) {
        this.executor = Objects.requireNonNull(executor);
        this.name = Objects.requireNonNull(name);
        this.loader = Objects.requireNonNull(loader);
    }

    public void refresh() {
        task.cancel();
        loading.set(true);
        task = executor.submit(name, loader,
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

    public ObservableList<T> rows() {
        return rowsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}

package com.scoutdesk.ui.activity;

import com.scoutdesk.service.ActivityRow;
import com.scoutdesk.service.WorkspaceQueryService;
import com.scoutdesk.service.task.BackgroundTask;
import com.scoutdesk.service.task.TaskExecutor;
import com.scoutdesk.ui.common.ErrorMessages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recent activity log entries, newest first. */
public final class ActivityViewModel {

    /** How many entries the view shows. */
    public static final int LIMIT = 500;

    private static final Comparator<ActivityRow> NEWEST_FIRST = Comparator.comparing(ActivityRow::occurredAt,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final WorkspaceQueryService workspace;
    private final TaskExecutor executor;
    private final ObservableList<ActivityRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ActivityRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private BackgroundTask task = BackgroundTask.DONE;

    public ActivityViewModel(WorkspaceQueryService workspace, TaskExecutor executor) {
        this.workspace = Objects.requireNonNull(workspace);
        this.executor = Objects.requireNonNull(executor);
    }

    public void refresh() {
        task.cancel();
        loading.set(true);
        task = executor.submit("activity", () -> newestFirst(workspace.recentActivity(LIMIT)),
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

    private static List<ActivityRow> newestFirst(List<ActivityRow> loaded) {
        List<ActivityRow> sorted = new ArrayList<>(loaded);
        sorted.sort(NEWEST_FIRST);
        return sorted.size() > LIMIT ? sorted.subList(0, LIMIT) : sorted;
    }

    public void dispose() {
        task.cancel();
    }

    public ObservableList<ActivityRow> rows() {
        return rowsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}

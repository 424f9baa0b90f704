package com.scoutdesk.ui.activity;

import com.scoutdesk.service.ActivityRow;
import com.scoutdesk.service.WorkspaceQueryService;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.ui.common.BackgroundList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/** The most recent activity log entries, newest first. */
public final class ActivityViewModel {

    /** How many entries the view shows. */
    public static final int LIMIT = 500;

    private static final Comparator<ActivityRow> NEWEST_FIRST = Comparator.comparing(ActivityRow::occurredAt,
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final BackgroundList<ActivityRow> list;

    public ActivityViewModel(WorkspaceQueryService workspace, TaskExecutor executor) {
        Objects.requireNonNull(workspace);
        this.list = new BackgroundList<>(executor, "activity", () -> newestFirst(workspace.recentActivity(LIMIT)));
    }

    public void refresh() {
        list.refresh();
    }

    public void dispose() {
        list.dispose();
    }

    private static List<ActivityRow> newestFirst(List<ActivityRow> loaded) {
        List<ActivityRow> sorted = new ArrayList<>(loaded);
        sorted.sort(NEWEST_FIRST);
        return sorted.size() > LIMIT ? sorted.subList(0, LIMIT) : sorted;
    }

    public ObservableList<ActivityRow> rows() {
        return list.rows();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return list.errorMessageProperty();
    }
}

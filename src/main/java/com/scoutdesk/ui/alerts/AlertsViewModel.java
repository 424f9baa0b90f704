package com.scoutdesk.ui.alerts;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.AlertRow;
import com.scoutdesk.service.AlertService;
import com.scoutdesk.ui.common.ErrorMessages;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notification list: the alerts not yet dismissed, newest first, and their number for the bell. Every read and
 * dismissal runs on the background executor; only the latest read lands, so a slow read never brings back an alert
 * dismissed after it started.
 */
public final class AlertsViewModel {

    private final AlertService alerts;
    private final TaskExecutor executor;
    private final LongConsumer openTrack;
    private final ObservableList<AlertRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper(this, "count");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private BackgroundTask readTask = BackgroundTask.DONE;
    private long generation;

    /** @param openTrack opens a track's details (the dashboard's drawer) */
    public AlertsViewModel(AlertService alerts, TaskExecutor executor, LongConsumer openTrack) {
        this.alerts = Objects.requireNonNull(alerts);
        this.executor = Objects.requireNonNull(executor);
        this.openTrack = Objects.requireNonNull(openTrack);
    }

    /** Reads the alerts and their number again: after enrichment, a fetch, or on the view's timer. */
    public void refresh() {
        readTask.cancel();
        long asked = ++generation;
        readTask = executor.submit("alerts-read", () -> new Snapshot(alerts.list(false, AlertService.LIST_LIMIT),
                alerts.countUndismissed()), snapshot -> {
                    if (asked == generation) {
                        rows.setAll(snapshot.rows());
                        count.set(snapshot.count());
                        errorMessage.set(null);
                    }
                }, this::failed);
    }

    /** Takes one alert off the list (at once on screen; the activity log keeps it). */
    public void dismiss(AlertRow row) {
        rows.remove(row);
        count.set(Math.max(0, count.get() - 1));
        write("alerts-dismiss", () -> {
            alerts.dismiss(row.id());
            return null;
        });
    }

    /** Empties the list. */
    public void dismissAll() {
        rows.clear();
        count.set(0);
        write("alerts-dismiss-all", alerts::dismissAll);
    }

    /** Opens the alert's track in the dashboard's details drawer. */
    public void open(AlertRow row) {
        openTrack.accept(row.trackId());
    }

    private void write(String name, Callable<?> work) {
        ++generation; // a read started before this dismissal must not land
        executor.submit(name, work, done -> refresh(), this::failed);
    }

    private void failed(Throwable error) {
        errorMessage.set(ErrorMessages.of(error));
    }

    /** Stops a read under way; call when the window closes. */
    public void dispose() {
        readTask.cancel();
    }

    /** The alerts not yet dismissed, newest first (at most {@link AlertService#LIST_LIMIT}). */
    public ObservableList<AlertRow> rows() {
        return rowsView;
    }

    /** How many alerts are not dismissed: the bell's number. */
    public ReadOnlyLongProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Why the last read or dismissal failed; null when it did not. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    private record Snapshot(List<AlertRow> rows, long count) {
    }
}

package com.scoutdesk.ui.activity;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.ActivityEntry;
import com.scoutdesk.service.ActivityFilter;
import com.scoutdesk.service.ActivityPage;
import com.scoutdesk.service.WorkspaceQueryService;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Activity page: the newest {@link #LIMIT} log lines that match the filter, read in the database on a background
 * thread. A picker's change reads at once, typing once it pauses (the debouncer); only the latest read may land, so
 * a slow answer to an older filter never replaces a newer one. The selected line's full message and its links feed
 * the detail pane.
 */
public final class ActivityViewModel {

    /** How many entries the view shows at most. */
    public static final int LIMIT = 500;

    private final WorkspaceQueryService workspace;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final ActivityLinks links;
    private final ActivityFilterModel filter;
    private final ObservableList<ActivityEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<ActivityEntry> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<ActivityEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper filtered = new ReadOnlyBooleanWrapper(this, "filtered");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private BackgroundTask pageTask = BackgroundTask.DONE;
    private BackgroundTask choicesTask = BackgroundTask.DONE;
    /** Counts the reads asked for; a read lands only if none was asked for after it. */
    private long generation;
    /** True while the filter is changed in several steps (clear, new choices): one read follows, not one a step. */
    private boolean quiet;

    public ActivityViewModel(WorkspaceQueryService workspace, TaskExecutor executor, Debouncer debouncer,
                             ZoneId zone, ActivityLinks links) {
        this.workspace = Objects.requireNonNull(workspace);
        this.executor = Objects.requireNonNull(executor);
        this.debouncer = Objects.requireNonNull(debouncer);
        this.links = Objects.requireNonNull(links);
        this.filter = new ActivityFilterModel(zone);
        for (Observable picker : filter.pickers()) {
            picker.addListener(changed -> {
                if (!quiet) {
                    debouncer.cancel();
                    reload();
                }
            });
        }
        for (Observable text : filter.texts()) {
            text.addListener(changed -> {
                if (!quiet) {
                    debouncer.run(this::reload);
                }
            });
        }
    }

    /** Reads the filter's choices and the entries again: when the page is shown after the workspace changed. */
    public void refresh() {
        choicesTask.cancel();
        choicesTask = executor.submit("activity-choices", workspace::activityChoices, choices -> {
            quietly(() -> filter.offer(choices));
        }, error -> errorMessage.set(ErrorMessages.of(error)));
        reload();
    }

    /** Puts every filter back to "all" and reads once. */
    public void clearFilters() {
        debouncer.cancel();
        quietly(filter::clear);
        reload();
    }

    /** Opens what the entry is about: its track's details, else its playlist; false when it names neither. */
    public boolean open(ActivityEntry entry) {
        if (entry == null) {
            return false;
        }
        if (entry.trackId() != null) {
            links.openTrack(entry.trackId());
            return true;
        }
        if (entry.playlistId() != null) {
            links.openPlaylist(entry.playlistId());
            return true;
        }
        return false;
    }

    /** Shows the playlist of the selected entry (the detail pane's second link, for a line naming both). */
    public void openSelectedPlaylist() {
        ActivityEntry entry = selected.get();
        if (entry != null && entry.playlistId() != null) {
            links.openPlaylist(entry.playlistId());
        }
    }

    /** Opens the selected entry's track. */
    public void openSelectedTrack() {
        ActivityEntry entry = selected.get();
        if (entry != null && entry.trackId() != null) {
            links.openTrack(entry.trackId());
        }
    }

    public void dispose() {
        debouncer.cancel();
        pageTask.cancel();
        choicesTask.cancel();
    }

    private void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
    }

    private void reload() {
        pageTask.cancel();
        long asked = ++generation;
        ActivityFilter query = filter.filter();
        filtered.set(!query.isAll());
        loading.set(true);
        pageTask = executor.submit("activity", () -> workspace.activity(query, LIMIT), page -> {
            if (asked == generation) {
                show(page);
            }
        }, error -> {
            if (asked == generation) {
                errorMessage.set(ErrorMessages.of(error));
                loading.set(false);
            }
        });
    }

    private void show(ActivityPage page) {
        ActivityEntry before = selected.get();
        rows.setAll(page.entries());
        selected.set(before != null && rows.contains(before) ? before : null);
        shown.set(page.truncated() ? I18n.tr("activity.shown.truncated", page.entries().size(), page.total())
                : I18n.tr("activity.shown", page.total()));
        errorMessage.set(null);
        loading.set(false);
    }

    public ActivityFilterModel filter() {
        return filter;
    }

    public ObservableList<ActivityEntry> rows() {
        return rowsView;
    }

    /** The entry the detail pane shows; the table's selection writes it. */
    public ObjectProperty<ActivityEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while any filter is set: the empty table then says nothing matches, not that nothing happened. */
    public ReadOnlyBooleanProperty filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    /** "Showing 12 entries", or "Showing the newest 500 of 12,345 entries" when the result was cut. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}

package com.scoutdesk.ui.dashboard;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.model.Week;
import com.scoutdesk.service.DashboardStats;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.SampleDataService;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackPage;
import com.scoutdesk.service.TrackQueryService;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * State and commands of the dashboard: the filter, the filter options, the whole result of the filter in the chosen
 * order (fetched window by window as the table scrolls), the ticked tracks, the metric cards and the empty-workspace
 * offer. Every query runs through the {@link TaskExecutor}; each query gets a sequence number and only the latest one
 * may change the state, so a slow stale answer never overwrites a newer one. Sorting, counts and "select all" are
 * answered by the query, so they cover every matching track, not only the rows loaded so far.
 */
public final class DashboardViewModel {

    private final TrackQueryService tracks;
    private final SampleDataService sample;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final Runnable onWorkspaceChanged;

    private final TrackFilterModel filter = new TrackFilterModel();
    private final DashboardMetrics metrics = new DashboardMetrics();
    private final TrackWindows rows;
    private final LeadSelection selection = new LeadSelection();
    private final ResultSelection ticks;
    private final ReadOnlyObjectWrapper<TrackSort> sort = new ReadOnlyObjectWrapper<>(this, "sort", TrackSort.DEFAULT);
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final FilterOptionLists options = new FilterOptionLists(filter);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyStringWrapper shownText = new ReadOnlyStringWrapper(this, "shownText", "");
    private final ReadOnlyStringWrapper selectedText = new ReadOnlyStringWrapper(this, "selectedText", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private final ReadOnlyBooleanWrapper workspaceEmpty = new ReadOnlyBooleanWrapper(this, "workspaceEmpty");
    private final ReadOnlyBooleanWrapper sampleLoading = new ReadOnlyBooleanWrapper(this, "sampleLoading");
    private final ReadOnlyStringWrapper sampleError = new ReadOnlyStringWrapper(this, "sampleError");

    private long sequence;
    private TrackFilter shownFilter = TrackFilter.all();
    private SavedFilter pendingFilter;
    private boolean applyingOptions;
    private BackgroundTask queryTask = BackgroundTask.DONE;
    private BackgroundTask statsTask = BackgroundTask.DONE;
    /** The filter of the newest result asked for. */
    private TrackFilter asked;
    /** The filter whose figures the metric cards show; null before the first. */
    private TrackFilter metricsFilter;
    private BackgroundTask optionsTask = BackgroundTask.DONE;
    private BackgroundTask sampleTask = BackgroundTask.DONE;

    /**
     * @param onWorkspaceChanged called on the callback thread after the sample was loaded, so the rest of the
     *                           window can refresh too
     */
    public DashboardViewModel(TrackQueryService tracks, SampleDataService sample, TaskExecutor executor,
                              Debouncer debouncer, Runnable onWorkspaceChanged) {
        this.tracks = Objects.requireNonNull(tracks);
        this.sample = Objects.requireNonNull(sample);
        this.executor = Objects.requireNonNull(executor);
        this.debouncer = Objects.requireNonNull(debouncer);
        this.onWorkspaceChanged = Objects.requireNonNull(onWorkspaceChanged);
        this.rows = new TrackWindows(tracks, executor, this::showError);
        this.ticks = new ResultSelection(tracks, executor, rows, selection, () -> sequence, () -> shownFilter,
                this::showError);
        filter.listen(this::refresh, () -> debouncer.run(this::refresh));
        selection.countProperty().addListener((obs, old, now) -> updateSelected());
    }

    /**
     * Sets the filter to what the scout had when the window last closed, once the pickers' options have loaded
     * (so a saved playlist can be picked); call before {@link #start()}.
     */
    public void restoreFilter(SavedFilter saved) {
        pendingFilter = Objects.requireNonNull(saved);
    }

    /**
     * Runs {@code then} once the first result is on screen (at once if it is): work the scout is not waiting for
     * (other pages, the enrichment bar's queue counts) must not take the background threads or the cores before it.
     */
    public void afterFirstResult(Runnable then) {
        if (!loading.get()) {
            then.run();
            return;
        }
        loading.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (!now) {
                    obs.removeListener(this);
                    then.run();
                }
            }
        });
    }

    /** Puts every filter back to "any" (Reset filters) and queries once. */
    public void resetFilters() {
        applyingOptions = true;
        try {
            filter.restore(SavedFilter.none(), options);
        } finally {
            applyingOptions = false;
        }
        refresh();
    }

    /**
     * Reads the pickers' options again (a tag was added, a playlist tracked) without querying the result again; a
     * picked value that is no longer offered falls back to "all", which queries as any filter change does.
     */
    public void reloadOptions() {
        optionsTask.cancel();
        optionsTask = executor.submit("dashboard-options",
                () -> new Options(sample.isWorkspaceEmpty(), tracks.weeks(), tracks.playlists(), tracks.tags()),
                loaded -> {
                    TrackFilter before = filter.toFilter();
                    applyingOptions = true;
                    try {
                        options.replace(loaded.weeks(), loaded.playlists(), loaded.tags());
                    } finally {
                        applyingOptions = false;
                    }
                    if (!before.equals(filter.toFilter())) {
                        refresh();
                    }
                }, this::showError);
    }

    /** Loads the filter options and whether the workspace is empty, then the first window of the result. */
    public void start() {
        optionsTask.cancel();
        // The first result is asked for beside the options, not after them: the saved filter needs no options.
        query((pendingFilter == null ? filter.saved() : pendingFilter).toFilter(), false);
        optionsTask = executor.submit("dashboard-options",
                () -> new Options(sample.isWorkspaceEmpty(), tracks.weeks(), tracks.playlists(), tracks.tags()),
                this::applyOptions, this::showError);
    }

    private void applyOptions(Options loaded) {
        workspaceEmpty.set(loaded.empty());
        applyingOptions = true;
        try {
            options.replace(loaded.weeks(), loaded.playlists(), loaded.tags());
            if (pendingFilter != null) {
                filter.restore(pendingFilter, options);
                pendingFilter = null;
            }
        } finally {
            applyingOptions = false;
        }
        if (loaded.empty()) {
            queryTask.cancel();
            statsTask.cancel();
            sequence++;
            loading.set(false);
            rows.forget();
            selection.clear();
            total.set(0);
            updateShown();
        } else if (!filter.toFilter().equals(asked)) {
            refresh(); // the saved week, playlist or tag is no longer offered: the filter became "all" there
        }
    }

    /**
     * Queries the first window of the result, its count and the metrics for the current filter and order; a newer
     * call makes older ones stale. A new filter clears the ticks; a new order keeps them.
     */
    public void refresh() {
        if (applyingOptions) {
            return;
        }
        query(filter.toFilter(), false);
    }

    /**
     * The first window and the metric cards are two queries side by side: the rows show as soon as they are read,
     * the cards when theirs is. The cards do not depend on the order, so a new order reads only the rows.
     */
    private void query(TrackFilter query, boolean newOrderOnly) {
        boolean sameTracks = newOrderOnly && query.equals(metricsFilter);
        debouncer.cancel();
        queryTask.cancel();
        statsTask.cancel();
        ticks.resultChanged();
        long ticket = ++sequence;
        asked = query;
        TrackSort order = sort.get();
        loading.set(true);
        errorMessage.set(null);
        queryTask = executor.submit("dashboard-query", () -> tracks.find(query, order, 0, TrackWindows.WINDOW),
                page -> {
                    if (ticket == sequence) {
                        if (!query.equals(shownFilter)) {
                            selection.clear();
                        }
                        shownFilter = query;
                        shown.set(new Shown(query, order));
                        ticks.resultChanged();
                        rows.reset(query, order, page);
                        total.set(page.total());
                        finishLoading();
                    }
                },
                error -> {
                    if (ticket == sequence) {
                        showError(error);
                    }
                });
        if (sameTracks) {
            return;
        }
        statsTask = executor.submit("dashboard-stats", () -> tracks.stats(query),
                stats -> {
                    if (ticket == sequence) {
                        metrics.show(stats);
                        metricsFilter = query;
                    }
                },
                error -> {
                    if (ticket == sequence) {
                        showError(error);
                    }
                });
    }

    /**
     * Reads the result shown again, as after enrichment or a stage change wrote under it: counts, metrics and the
     * rows in sight update in place; the ticks, the scroll position and the filter stay. A filter change on its
     * way wins over this.
     */
    public void reloadInPlace() {
        if (applyingOptions || loading.get() || workspaceEmpty.get()) {
            return;
        }
        queryTask.cancel();
        statsTask.cancel();
        long ticket = ++sequence;
        TrackFilter query = shownFilter;
        TrackSort order = sort.get();
        queryTask = executor.submit("dashboard-reload",
                () -> new Result(tracks.find(query, order, 0, TrackWindows.WINDOW), tracks.stats(query)),
                result -> {
                    if (ticket == sequence) {
                        rows.refresh(result.page());
                        total.set(result.page().total());
                        metrics.show(result.stats());
                        updateShown();
                    }
                },
                error -> {
                    if (ticket == sequence) {
                        showError(error);
                    }
                });
    }

    /** Orders the whole result by {@code order}: a new query, never a sort of the rows loaded so far. */
    public void sortBy(TrackSort order) {
        if (!order.equals(sort.get())) {
            sort.set(order);
            if (!applyingOptions) {
                query(filter.toFilter(), true);
            }
        }
    }

    /**
     * A click on the row at {@code index}: alone it selects only that track, with {@code toggle} (Ctrl) it adds or
     * removes it, with {@code range} (Shift) it selects every track from the last clicked row to this one (added to
     * the selection when {@code toggle} is held too).
     */
    public void click(int index, boolean toggle, boolean range) {
        ticks.click(index, toggle, range);
    }

    /** The row's tick box: adds or removes the track, keeping the others. */
    public void toggle(int index) {
        click(index, true, false);
    }

    /** Ticks every track the filter matches (the whole result, loaded or not), asking the query for their ids. */
    public void selectAll() {
        ticks.selectAll();
    }

    public void clearSelection() {
        ticks.clear();
    }

    /** Loads the bundled sample into the empty workspace, then refreshes the dashboard and the window. */
    public void loadSample() {
        if (sampleLoading.get()) {
            return;
        }
        sampleLoading.set(true);
        sampleError.set(null);
        sampleTask = executor.submit("load-sample", sample::loadSample,
                summary -> {
                    sampleLoading.set(false);
                    start();
                    onWorkspaceChanged.run();
                },
                error -> {
                    sampleLoading.set(false);
                    sampleError.set(ErrorMessages.of(error));
                });
    }

    /** Reads the workspace again after something outside the dashboard filled it (a playlist added, an import). */
    public void workspaceChanged() {
        start();
        onWorkspaceChanged.run();
    }

    /** Cancels pending work; call when the view goes away. */
    public void dispose() {
        debouncer.cancel();
        queryTask.cancel();
        statsTask.cancel();
        optionsTask.cancel();
        sampleTask.cancel();
        ticks.dispose();
        rows.dispose();
    }

    private void finishLoading() {
        loading.set(false);
        updateShown();
    }

    private void showError(Throwable error) {
        loading.set(false);
        errorMessage.set(ErrorMessages.of(error));
    }

    private void updateShown() {
        shownText.set(I18n.tr("dashboard.showingAll", total.get()));
    }

    private void updateSelected() {
        long count = selection.countProperty().get();
        selectedText.set(count == 0 ? "" : I18n.tr("dashboard.selected", count));
    }

    private record Options(boolean empty, List<Week> weeks, List<PlaylistOption> playlists, List<String> tags) {
    }

    private record Result(TrackPage page, DashboardStats stats) {
    }

    public TrackFilterModel filter() {
        return filter;
    }

    public DashboardMetrics metrics() {
        return metrics;
    }

    public FilterOptionLists options() {
        return options;
    }

    /**
     * Every track of the result in the chosen order, {@code null} where a row is not loaded yet (reading it asks for
     * its window); read-only.
     */
    public ObservableList<TrackRow> rows() {
        return rows;
    }

    /** The ticked tracks, by id. */
    public LeadSelection selection() {
        return selection;
    }

    /** The order the result is in; change it with {@link #sortBy}. */
    /**
     * The filter and order of the result on screen, set each time a new result lands: the cards and the kanban follow
     * it so every view shows the same tracks in the same order.
     */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The filter and order a result was read with. */
    public record Shown(TrackFilter filter, TrackSort sort) {
    }

    public ReadOnlyObjectProperty<TrackSort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "Showing 1,032 tracks": the whole filter's count. */
    public ReadOnlyStringProperty shownTextProperty() {
        return shownText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "12 selected", empty when nothing is ticked. */
    public ReadOnlyStringProperty selectedTextProperty() {
        return selectedText.getReadOnlyProperty();
    }

    /** The last query's failure, {@code null} after a success. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workspaceEmptyProperty() {
        return workspaceEmpty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sampleLoadingProperty() {
        return sampleLoading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sampleErrorProperty() {
        return sampleError.getReadOnlyProperty();
    }
}

package com.scoutdesk.ui.dashboard;

import com.scoutdesk.model.Week;
import com.scoutdesk.service.DashboardStats;
import com.scoutdesk.service.PlaylistOption;
import com.scoutdesk.service.SampleDataService;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackPage;
import com.scoutdesk.service.TrackQueryService;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.ui.common.Debouncer;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the dashboard: the filter, the filter options, the loaded page of tracks, the metric cards
 * and the empty-workspace offer. Every query runs through the {@link TaskExecutor}; each query gets a sequence
 * number and only the latest one may change the state, so a slow stale answer never overwrites a newer one.
 */
public final class DashboardViewModel {

    /** Rows fetched per query and per "load more". */
    public static final int PAGE_SIZE = 500;

    private final TrackQueryService tracks;
    private final SampleDataService sample;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final Runnable onWorkspaceChanged;

    private final TrackFilterModel filter = new TrackFilterModel();
    private final DashboardMetrics metrics = new DashboardMetrics();
    private final ObservableList<TrackRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TrackRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final FilterOptionLists options = new FilterOptionLists(filter);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyStringWrapper shownText = new ReadOnlyStringWrapper(this, "shownText", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper canLoadMore = new ReadOnlyBooleanWrapper(this, "canLoadMore");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private final ReadOnlyBooleanWrapper workspaceEmpty = new ReadOnlyBooleanWrapper(this, "workspaceEmpty");
    private final ReadOnlyBooleanWrapper sampleLoading = new ReadOnlyBooleanWrapper(this, "sampleLoading");
    private final ReadOnlyStringWrapper sampleError = new ReadOnlyStringWrapper(this, "sampleError");

    private long sequence;
    private TrackFilter shownFilter = TrackFilter.all();
    private boolean applyingOptions;
    private BackgroundTask queryTask = BackgroundTask.DONE;
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
        filter.listen(this::refresh, () -> debouncer.run(this::refresh));
    }

    /** Loads the filter options and whether the workspace is empty, then the first page. */
    public void start() {
        optionsTask.cancel();
        loading.set(true);
        optionsTask = executor.submit("dashboard-options",
                () -> new Options(sample.isWorkspaceEmpty(), tracks.weeks(), tracks.playlists(), tracks.tags()),
                this::applyOptions, this::showError);
    }

    private void applyOptions(Options loaded) {
        workspaceEmpty.set(loaded.empty());
        applyingOptions = true;
        try {
            options.replace(loaded.weeks(), loaded.playlists(), loaded.tags());
        } finally {
            applyingOptions = false;
        }
        if (loaded.empty()) {
            loading.set(false);
            rows.clear();
            total.set(0);
            updateShown();
        } else {
            refresh();
        }
    }

    /** Queries the first page and the metrics for the current filter; a newer call makes older ones stale. */
    public void refresh() {
        if (applyingOptions) {
            return;
        }
        debouncer.cancel();
        queryTask.cancel();
        long ticket = ++sequence;
        TrackFilter query = filter.toFilter();
        loading.set(true);
        errorMessage.set(null);
        queryTask = executor.submit("dashboard-query",
                () -> new Result(tracks.find(query, 0, PAGE_SIZE), tracks.stats(query)),
                result -> {
                    if (ticket == sequence) {
                        shownFilter = query;
                        rows.setAll(result.page().rows());
                        total.set(result.page().total());
                        metrics.show(result.stats());
                        finishLoading();
                    }
                },
                error -> {
                    if (ticket == sequence) {
                        showError(error);
                    }
                });
    }

    /** Appends the next page for the filter the table shows. */
    public void loadMore() {
        if (!canLoadMore.get() || loading.get()) {
            return;
        }
        long ticket = sequence;
        TrackFilter query = shownFilter;
        int offset = rows.size();
        loading.set(true);
        queryTask = executor.submit("dashboard-more", () -> tracks.find(query, offset, PAGE_SIZE),
                page -> {
                    if (ticket == sequence) {
                        rows.addAll(page.rows());
                        total.set(page.total());
                        finishLoading();
                    }
                },
                error -> {
                    if (ticket == sequence) {
                        showError(error);
                    }
                });
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

    /** Cancels pending work; call when the view goes away. */
    public void dispose() {
        debouncer.cancel();
        queryTask.cancel();
        optionsTask.cancel();
        sampleTask.cancel();
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
        shownText.set(I18n.tr("dashboard.showing", rows.size(), total.get()));
        canLoadMore.set(rows.size() < total.get());
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

    /** The loaded rows, best score first as the service returns them. */
    public ObservableList<TrackRow> rows() {
        return rowsView;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "Showing N of M". */
    public ReadOnlyStringProperty shownTextProperty() {
        return shownText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLoadMoreProperty() {
        return canLoadMore.getReadOnlyProperty();
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

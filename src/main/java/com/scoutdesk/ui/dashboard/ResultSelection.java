package com.scoutdesk.ui.dashboard;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackQueryService;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The table's clicks turned into ticks over the whole result: a click, Ctrl and Shift ranges, and "select all".
 * A range or "select all" that reaches rows never loaded asks the query for their ids, in the table's order; its
 * answer is dropped when a newer result came meanwhile.
 */
final class ResultSelection {

    private final TrackQueryService tracks;
    private final TaskExecutor executor;
    private final TrackWindows rows;
    private final LeadSelection selection;
    private final LongSupplier resultTicket;
    private final Supplier<TrackFilter> shownFilter;
    private final Consumer<Throwable> onError;
    private int anchor = -1;
    private BackgroundTask task = BackgroundTask.DONE;

    /**
     * @param resultTicket the number of the newest result asked for: an answer for an older one is dropped
     * @param shownFilter  the filter of the result on screen
     */
    ResultSelection(TrackQueryService tracks, TaskExecutor executor, TrackWindows rows, LeadSelection selection,
                    LongSupplier resultTicket, Supplier<TrackFilter> shownFilter, Consumer<Throwable> onError) {
        this.tracks = tracks;
        this.executor = executor;
        this.rows = rows;
        this.selection = selection;
        this.resultTicket = resultTicket;
        this.shownFilter = shownFilter;
        this.onError = onError;
    }

    /** See {@link DashboardViewModel#click}. */
    void click(int index, boolean toggle, boolean range) {
        TrackRow row = rows.loaded(index);
        if (row == null) {
            return;
        }
        if (range && anchor >= 0) {
            selectRange(Math.min(anchor, index), Math.max(anchor, index), toggle);
            return;
        }
        if (toggle) {
            selection.toggle(row.id());
        } else {
            selection.only(row.id());
        }
        anchor = index;
    }

    void selectAll() {
        ask("dashboard-select-all", (filter, order) -> tracks.ids(filter, order), selection::replace);
    }

    void clear() {
        selection.clear();
        anchor = -1;
    }

    /** A new result came: a range starts again from the next click, and a question on its way is dropped. */
    void resultChanged() {
        task.cancel();
        anchor = -1;
    }

    void dispose() {
        task.cancel();
    }

    private void selectRange(int from, int to, boolean keep) {
        List<Long> loadedIds = rows.loadedIds(from, to);
        if (loadedIds != null) {
            applyRange(loadedIds, keep);
            return;
        }
        // Part of the range was never scrolled to: its ids come from the query, in the same order.
        ask("dashboard-select-range", (filter, order) -> List.copyOf(tracks.ids(filter, order).subList(from, to + 1)),
                ids -> applyRange(ids, keep));
    }

    /** Asks the query for ids of the result on screen (filter and order read here, on the FX thread). */
    private void ask(String name, BiFunction<TrackFilter, TrackSort, List<Long>> query, Consumer<List<Long>> apply) {
        task.cancel();
        long ticket = resultTicket.getAsLong();
        TrackFilter filter = shownFilter.get();
        TrackSort order = rows.sort();
        task = executor.submit(name, () -> query.apply(filter, order),
                ids -> {
                    if (ticket == resultTicket.getAsLong()) {
                        apply.accept(ids);
                    }
                },
                onError::accept);
    }

    private void applyRange(List<Long> ids, boolean keep) {
        if (keep) {
            selection.add(ids);
        } else {
            selection.replace(ids);
        }
    }
}

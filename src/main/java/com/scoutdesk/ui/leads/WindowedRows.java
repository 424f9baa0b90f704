package com.scoutdesk.ui.leads;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.TrackPage;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.ErrorMessages;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * A whole query result that a virtualized view scrolls over, loaded window by window in the background as cells ask
 * for rows ({@link #need(int)}). One window loads at a time; while it does, the windows asked for last go first and
 * only the last few asked for are kept, so a fast scroll loads where the scout stopped, not every place passed on the
 * way. A new query ({@link #show}) or a {@link #reload()} makes every answer still on its way stale.
 */
public final class WindowedRows {

    /** Loads one window of the result: the rows from {@code offset} and the total the result numbers. */
    @FunctionalInterface
    public interface Loader {
        TrackPage load(int offset, int limit) throws Exception;
    }

    /** Rows per window. */
    public static final int WINDOW = 100;
    /** How many asked-for windows wait at most; older asks were scrolled past. */
    static final int MAX_WAITING = 4;

    private final TaskExecutor executor;
    private final String name;
    private final SparseRows rows = new SparseRows();
    private final ObservableList<TrackRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private final Deque<Integer> waiting = new ArrayDeque<>();

    private Loader loader;
    private long generation;
    private Integer running;
    private int lastNeeded;
    private BackgroundTask task = BackgroundTask.DONE;

    public WindowedRows(TaskExecutor executor, String name) {
        this.executor = Objects.requireNonNull(executor);
        this.name = Objects.requireNonNull(name);
    }

    /** Starts over on another query: the rows shown stay until its first window arrives. */
    public void show(Loader query) {
        loader = Objects.requireNonNull(query);
        lastNeeded = 0;
        restart();
        load(0);
    }

    /**
     * Loads the windows around where the scout looks again, and forgets the rest (they load when shown again): for a
     * change the query's order or totals may have moved under.
     */
    public void reload() {
        if (loader == null) {
            return;
        }
        int first = Math.max(0, lastNeeded / WINDOW - 1);
        rows.forgetOutside(first * WINDOW, (first + 3) * WINDOW);
        restart();
        for (int window = first + 2; window >= first; window--) {
            if (window == first || window * WINDOW < rows.size()) {
                ask(window);
            }
        }
    }

    /** A cell shows {@code index} and has no row for it: loads its window unless it is loaded or on its way. */
    public void need(int index) {
        if (loader == null || index < 0 || index >= rows.size() || rows.get(index) != null) {
            return;
        }
        lastNeeded = index;
        ask(index / WINDOW);
    }

    /** Takes a track out of the rows loaded, as after it left this result; the total drops with it. */
    public void remove(long trackId) {
        if (rows.removeTrack(trackId)) {
            total.set(rows.size());
        }
    }

    public void dispose() {
        restart();
        loader = null;
    }

    private void restart() {
        generation++;
        task.cancel();
        running = null;
        waiting.clear();
    }

    private void ask(int window) {
        if (Objects.equals(running, window)) {
            return;
        }
        waiting.remove(window);
        waiting.addFirst(window);
        while (waiting.size() > MAX_WAITING) {
            waiting.removeLast();
        }
        if (running == null) {
            load(waiting.removeFirst());
        }
    }

    private void load(int window) {
        long ticket = generation;
        Loader query = loader;
        running = window;
        loading.set(true);
        task = executor.submit(name, () -> query.load(window * WINDOW, WINDOW),
                page -> {
                    if (ticket == generation) {
                        rows.fill(window * WINDOW, page.rows(), (int) Math.min(Integer.MAX_VALUE, page.total()));
                        total.set(page.total());
                        errorMessage.set(null);
                        next();
                    }
                },
                error -> {
                    if (ticket == generation) {
                        errorMessage.set(ErrorMessages.of(error));
                        waiting.clear();
                        next();
                    }
                });
    }

    private void next() {
        running = null;
        while (!waiting.isEmpty()) {
            int window = waiting.removeFirst();
            if (window == 0 || window * WINDOW < rows.size()) {
                load(window);
                return;
            }
        }
        loading.set(false);
    }

    /** The whole result, {@code null} where a window is not loaded yet. */
    public ObservableList<TrackRow> rows() {
        return rowsView;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}

package com.scoutdesk.ui.dashboard;

import com.scoutdesk.concurrent.BackgroundTask;
import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackPage;
import com.scoutdesk.service.TrackQueryService;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * The whole result of a filter as one list the table can show: its size is the number of matching tracks, but only
 * windows of {@link #WINDOW} rows are held, fetched in the background when the table first asks for a row of them.
 * A row not loaded yet is {@code null} (the table draws a placeholder). Only the latest window request may land, and
 * a few recently used windows are kept, so scrolling back does not query again. Each landed window is one list
 * change, never one per row.
 */
final class TrackWindows extends ObservableListBase<TrackRow> {

    /** Rows per background query. */
    static final int WINDOW = 200;
    /** Windows kept: a screen or two around where the scout scrolls. */
    static final int CACHED_WINDOWS = 12;

    private final TrackQueryService tracks;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;
    private final Map<Integer, List<TrackRow>> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<TrackRow>> eldest) {
            return size() > CACHED_WINDOWS;
        }
    };

    /** Windows held from before a {@link #refresh}: shown until read again. */
    private final Set<Integer> stale = new HashSet<>();
    private TrackFilter filter = TrackFilter.all();
    private TrackSort sort = TrackSort.DEFAULT;
    private int size;
    private long request;
    private int requestedWindow = -1;
    private BackgroundTask windowTask = BackgroundTask.DONE;

    TrackWindows(TrackQueryService tracks, TaskExecutor executor, Consumer<Throwable> onError) {
        this.tracks = Objects.requireNonNull(tracks);
        this.executor = Objects.requireNonNull(executor);
        this.onError = Objects.requireNonNull(onError);
    }

    /** Shows a new result whose first window came with its count; older window requests become stale. */
    void reset(TrackFilter query, TrackSort order, TrackPage first) {
        windowTask.cancel();
        request++;
        requestedWindow = -1;
        filter = query;
        sort = order;
        cache.clear();
        stale.clear();
        cache.put(0, first.rows());
        int oldSize = size;
        size = (int) Math.min(Integer.MAX_VALUE, first.total());
        beginChange();
        nextReplace(0, size, Collections.nCopies(oldSize, null));
        endChange();
    }

    /**
     * The same result read again, as after enrichment or a stage change wrote under it: the first window and the
     * count are new; the other windows held keep showing their rows until each is read again, the first time the
     * table draws a row of it, so the rows in sight update without a blank moment or a jump.
     */
    void refresh(TrackPage first) {
        windowTask.cancel();
        request++;
        requestedWindow = -1;
        stale.addAll(cache.keySet());
        stale.remove(0);
        stale.removeIf(window -> window * WINDOW >= first.total());
        cache.keySet().retainAll(stale);
        cache.put(0, first.rows());
        int oldSize = size;
        size = (int) Math.min(Integer.MAX_VALUE, first.total());
        // Only the windows held can be on screen: their rows are announced as updated (so the cells in sight ask
        // again and a stale window is read again), not the whole result, which on 20,000 rows made every batch of
        // enrichment a long frame.
        int common = Math.min(oldSize, size);
        beginChange();
        for (int window : new TreeSet<>(cache.keySet())) {
            announceUpdated(window * WINDOW, Math.min(common, window * WINDOW + WINDOW));
        }
        if (size > oldSize) {
            nextAdd(oldSize, size);
        } else if (size < oldSize) {
            nextRemove(size, Collections.nCopies(oldSize - size, null));
        }
        endChange();
    }

    /** Forgets every row; the list becomes empty. */
    void forget() {
        windowTask.cancel();
        request++;
        requestedWindow = -1;
        cache.clear();
        stale.clear();
        int oldSize = size;
        size = 0;
        if (oldSize > 0) {
            beginChange();
            nextRemove(0, Collections.nCopies(oldSize, null));
            endChange();
        }
    }

    @Override
    public TrackRow get(int index) {
        Objects.checkIndex(index, size);
        int window = index / WINDOW;
        List<TrackRow> rows = cache.get(window);
        if (rows == null || stale.contains(window)) {
            load(window);
            rows = cache.get(window);
        }
        int offset = index - window * WINDOW;
        return rows != null && offset < rows.size() ? rows.get(offset) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /** The row at {@code index} if its window is held, without asking for it. */
    TrackRow loaded(int index) {
        List<TrackRow> rows = cache.get(index / WINDOW);
        int offset = index % WINDOW;
        return rows != null && offset < rows.size() ? rows.get(offset) : null;
    }

    /** The ids of rows {@code from..to} (inclusive) when all of them are held, else {@code null}. */
    List<Long> loadedIds(int from, int to) {
        List<Long> ids = new ArrayList<>(to - from + 1);
        for (int i = from; i <= to; i++) {
            TrackRow row = loaded(i);
            if (row == null) {
                return null;
            }
            ids.add(row.id());
        }
        return ids;
    }

    TrackFilter filter() {
        return filter;
    }

    TrackSort sort() {
        return sort;
    }

    void dispose() {
        windowTask.cancel();
        request++;
    }

    private void load(int window) {
        if (window == requestedWindow && !windowTask.isDone()) {
            return;
        }
        // The latest window asked for wins: a fast scroll must not queue a query for every window it passed.
        windowTask.cancel();
        long ticket = ++request;
        requestedWindow = window;
        TrackFilter query = filter;
        TrackSort order = sort;
        int offset = window * WINDOW;
        windowTask = executor.submit("dashboard-window", () -> tracks.find(query, order, offset, WINDOW),
                page -> land(ticket, window, page),
                error -> {
                    if (ticket == request) {
                        requestedWindow = -1;
                        onError.accept(error);
                    }
                });
    }

    private void land(long ticket, int window, TrackPage page) {
        if (ticket != request) {
            return;
        }
        requestedWindow = -1;
        stale.remove(window);
        cache.put(window, page.rows());
        int from = window * WINDOW;
        beginChange();
        announceUpdated(from, Math.min(size, from + page.rows().size()));
        endChange();
    }

    /**
     * Rows {@code from..to-1} are read anew at the same places. Announced as updated, not replaced: a table rebuilds
     * every cell in sight on a replacement, while on an update it asks each row again and leaves a row that equals
     * the one it shows (most rows, when a batch of enrichment touched a few tracks) as it is.
     */
    private void announceUpdated(int from, int to) {
        for (int i = from; i < to; i++) {
            nextUpdate(i);
        }
    }
}

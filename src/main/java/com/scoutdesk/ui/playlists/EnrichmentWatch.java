package com.scoutdesk.ui.playlists;

import com.scoutdesk.concurrent.TaskExecutor;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ObservableSet;

/**
 * Keeps a playlist's ring turning while its tracks are enriched, not only while they are queued: the queue is asked
 * every few seconds, in the background, how many of the playlist's runs are still due, and the ring stops at none
 * (runs deferred by a rate limit are not due, so a playlist waiting hours for a provider does not spin for hours).
 * Used on the FX thread.
 */
final class EnrichmentWatch {

    static final Duration EVERY = Duration.ofSeconds(3);

    private final PlaylistActions actions;
    private final TaskExecutor executor;
    private final UndoTimer timer;
    private final ObservableSet<Long> busy;
    private final Map<Long, Runnable> waits = new HashMap<>();

    /** @param busy the rows that show a ring; the watch adds and removes its playlists there */
    EnrichmentWatch(PlaylistActions actions, TaskExecutor executor, UndoTimer timer, ObservableSet<Long> busy) {
        this.actions = actions;
        this.executor = executor;
        this.timer = timer;
        this.busy = busy;
    }

    /** Shows the playlist's ring until none of its runs is due. */
    void watch(long playlistId) {
        if (waits.containsKey(playlistId)) {
            return;
        }
        busy.add(playlistId);
        later(playlistId);
    }

    private void later(long playlistId) {
        waits.put(playlistId, timer.after(EVERY, () -> check(playlistId)));
    }

    private void check(long playlistId) {
        executor.submit("playlist-enrichment-" + playlistId, () -> actions.enrichmentDue(playlistId), due -> {
            if (!waits.containsKey(playlistId)) {
                return; // disposed meanwhile
            }
            if (due > 0) {
                busy.add(playlistId); // a fetch of the same playlist may have taken the ring away
                later(playlistId);
            } else {
                stop(playlistId);
            }
        }, error -> stop(playlistId));
    }

    private void stop(long playlistId) {
        waits.remove(playlistId);
        busy.remove(playlistId);
    }

    /** Stops asking; the rings go. */
    void dispose() {
        waits.values().forEach(Runnable::run);
        waits.keySet().forEach(busy::remove);
        waits.clear();
    }
}

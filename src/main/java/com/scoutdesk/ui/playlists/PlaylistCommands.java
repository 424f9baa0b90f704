package com.scoutdesk.ui.playlists;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Fetch, refresh and enrich, on one or many playlists. The playlists are worked on one after the other, each as its own
 * task on the executor: the providers' rate limits are shared anyway, and each playlist's ring and line of outcome
 * appear as soon as that playlist is done.
 */
final class PlaylistCommands {

    /** One action on one playlist; blocks, and runs on the executor. Returns the line that says what it did. */
    @FunctionalInterface
    interface Step {
        String run(PlaylistActions actions, PlaylistSummary playlist) throws Exception;
    }

    private final PlaylistActions actions;
    private final TaskExecutor executor;
    private final ObservableSet<Long> busy = FXCollections.observableSet();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    PlaylistCommands(PlaylistActions actions, TaskExecutor executor) {
        this.actions = actions;
        this.executor = executor;
    }

    /**
     * Runs {@code step} on each playlist in turn.
     *
     * @param progress told "Fetching 1 of 2…" as each starts
     * @param finished told every playlist's line once the last is done, and whether any failed
     */
    void run(String verbKey, List<PlaylistSummary> playlists, Step step, Consumer<String> progress,
             Finished finished) {
        if (playlists.isEmpty() || running.get()) {
            return;
        }
        running.set(true);
        next(verbKey, List.copyOf(playlists), 0, step, progress, finished, new ArrayList<>(), false);
    }

    /** Told once a batch is over. */
    @FunctionalInterface
    interface Finished {
        void accept(List<String> lines, boolean anyFailed);
    }

    private void next(String verbKey, List<PlaylistSummary> playlists, int index, Step step,
                      Consumer<String> progress, Finished finished, List<String> lines, boolean failed) {
        if (index == playlists.size()) {
            running.set(false);
            finished.accept(List.copyOf(lines), failed);
            return;
        }
        PlaylistSummary playlist = playlists.get(index);
        busy.add(playlist.id());
        progress.accept(I18n.tr(verbKey, playlist.name(), index + 1, playlists.size()));
        executor.submit("playlist-" + playlist.id(), () -> step.run(actions, playlist), line -> {
            busy.remove(playlist.id());
            lines.add(line);
            next(verbKey, playlists, index + 1, step, progress, finished, lines, failed);
        }, error -> {
            busy.remove(playlist.id());
            lines.add(PlaylistOutcomes.failed(playlist.name(), error));
            next(verbKey, playlists, index + 1, step, progress, finished, lines, true);
        });
    }

    /** The playlists being worked on right now: their rows show a ring. */
    ObservableSet<Long> busy() {
        return busy;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}

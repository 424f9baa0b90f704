package com.scoutdesk.ui.playlists;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.ui.common.I18n;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * A delete that waits out its undo window: the rows are hidden at once and the playlists are deleted only when the
 * window passes, the scout deletes something else, or the page closes (see ADR 0024). Undo just shows the rows again,
 * because nothing was deleted yet.
 */
final class PendingDelete {

    static final Duration UNDO_WINDOW = Duration.ofSeconds(10);

    private final PlaylistActions actions;
    private final TaskExecutor executor;
    private final UndoTimer timer;
    private final Consumer<String> done;
    private final ObservableSet<Long> hidden = FXCollections.observableSet();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private List<Long> waiting = List.of();
    private Runnable stopTimer = () -> { };

    /** @param done told, on the FX thread, what the delete did once it ran (or why it failed) */
    PendingDelete(PlaylistActions actions, TaskExecutor executor, UndoTimer timer, Consumer<String> done) {
        this.actions = actions;
        this.executor = executor;
        this.timer = timer;
        this.done = done;
    }

    /** Hides the playlists and starts their undo window; a delete still waiting is carried out first. */
    void start(List<Long> ids) {
        commit();
        waiting = List.copyOf(ids);
        hidden.addAll(waiting);
        notice.set(I18n.tr("playlists.undo.notice", waiting.size()));
        stopTimer = timer.after(UNDO_WINDOW, this::commit);
    }

    /** Shows the hidden playlists again; nothing was deleted. */
    void undo() {
        stopTimer.run();
        hidden.removeAll(waiting);
        clear();
    }

    /** Deletes the waiting playlists now, in the background. */
    void commit() {
        if (waiting.isEmpty()) {
            return;
        }
        stopTimer.run();
        List<Long> ids = waiting;
        clear();
        // Deleted rows stay hidden: the reload that follows leaves them out anyway, and showing them in between flickers.
        executor.submit("delete-playlists", () -> deleteAll(ids), tracks -> {
            done.accept(I18n.tr("playlists.result.deleted", ids.size(), tracks));
        }, error -> {
            hidden.removeAll(ids);
            done.accept(PlaylistOutcomes.failed(I18n.tr("playlists.deleteSubject", ids.size()), error));
        });
    }

    /**
     * Deletes the waiting playlists on the calling thread: the window is closing, and the executor drops work not yet
     * started when it shuts down, so a delete handed to it could be lost after the scout let it go ahead.
     */
    void commitNow() {
        stopTimer.run();
        List<Long> ids = waiting;
        clear();
        deleteAll(ids);
    }

    private int deleteAll(List<Long> ids) {
        int tracks = 0;
        for (long id : ids) {
            tracks += actions.delete(id);
        }
        return tracks;
    }

    private void clear() {
        waiting = List.of();
        stopTimer = () -> { };
        notice.set("");
    }

    /** The playlists whose rows are hidden: waiting for their window, or being deleted. */
    ObservableSet<Long> hidden() {
        return hidden;
    }

    /** "2 playlists deleted", while a delete can be undone; empty otherwise. */
    ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}

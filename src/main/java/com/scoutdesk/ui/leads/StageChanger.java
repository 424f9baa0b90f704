package com.scoutdesk.ui.leads;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The stage-change command with its undo, for any view that lists leads: writes in the background, remembers the
 * change for Ctrl+Z and says what happened. One change at a time: a key pressed while one is on its way is ignored, so
 * a change never starts from a stage that is about to be stale.
 */
public final class StageChanger {

    private final StageWriter writer;
    private final TaskExecutor executor;
    private final LeadStageUndo undo;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage");
    private final ReadOnlyLongWrapper stored = new ReadOnlyLongWrapper(this, "stored");

    public StageChanger(StageWriter writer, TaskExecutor executor, LeadStageUndo undo) {
        this.writer = Objects.requireNonNull(writer);
        this.executor = Objects.requireNonNull(executor);
        this.undo = Objects.requireNonNull(undo);
    }

    /**
     * Moves the lead to {@code to}; once stored, the change goes on the undo stack and {@code applied} gets it (on
     * the callback thread). Returns false when nothing was started: same stage, or another change on its way.
     */
    public boolean change(TrackRow row, LeadStage to, Consumer<StageChange> applied) {
        if (row == null || to == null || row.leadStage() == to || busy.get()) {
            return false;
        }
        StageChange change = new StageChange(row.id(), row.name(), row.leadStage(), to);
        write(List.of(change), done -> {
            undo.push(done);
            message.set(I18n.tr("leads.moved", change.trackName(), Lanes.title(to)));
            applied.accept(change);
        });
        return true;
    }

    /**
     * Moves every one of the tracks to {@code to}, as one move that one Ctrl+Z takes back; tracks already there are
     * left alone. The tracks need not be loaded on screen: each one's stage before is read as it is written.
     * {@code applied} gets the changes once stored. Returns false when nothing was started.
     */
    public boolean changeAll(List<Long> trackIds, LeadStage to, Consumer<List<StageChange>> applied) {
        if (trackIds.isEmpty() || to == null || busy.get()) {
            return false;
        }
        List<Long> ids = List.copyOf(trackIds);
        busy.set(true);
        executor.submit("lead-stage", () -> {
            List<StageChange> done = new ArrayList<>();
            for (long id : ids) {
                LeadStage before = writer.setStage(id, to);
                if (before != to) {
                    done.add(new StageChange(id, null, before, to));
                }
            }
            return done;
        }, done -> {
            stored(done, to);
            applied.accept(done);
        }, this::failed);
        return true;
    }

    private void stored(List<StageChange> changes, LeadStage to) {
        busy.set(false);
        errorMessage.set(null);
        stored.set(stored.get() + 1);
        undo.push(changes);
        message.set(I18n.tr("leads.movedMany", changes.size(), Lanes.title(to)));
    }

    /** Takes back the newest move; {@code applied} gets the reversing changes once stored. */
    public boolean undo(Consumer<List<StageChange>> applied) {
        if (busy.get()) {
            return false;
        }
        Optional<List<StageChange>> last = undo.pop();
        last.map(move -> move.stream().map(StageChange::reversed).toList()).ifPresent(back -> write(back, done -> {
            StageChange first = back.get(0);
            message.set(back.size() == 1 && first.trackName() != null
                    ? I18n.tr("leads.undone", first.trackName(), Lanes.title(first.to()))
                    : I18n.tr("leads.undoneMany", back.size()));
            applied.accept(back);
        }));
        return last.isPresent();
    }

    private void write(List<StageChange> changes, Consumer<List<StageChange>> onStored) {
        busy.set(true);
        executor.submit("lead-stage", () -> {
            for (StageChange change : changes) {
                writer.setStage(change.trackId(), change.to());
            }
            return changes;
        }, done -> {
            busy.set(false);
            errorMessage.set(null);
            stored.set(stored.get() + 1);
            onStored.accept(done);
        }, this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        errorMessage.set(ErrorMessages.of(error));
    }

    public LeadStageUndo undoStack() {
        return undo;
    }

    /** Counts the moves and undos stored: other views listen to it to read their tracks again. */
    public ReadOnlyLongProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last change did, in words ("Moved Neon Hearts to Watching"); null before the first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }
}

package com.scoutdesk.ui.leads;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.model.LeadStage;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
        write(change, () -> {
            undo.push(change);
            message.set(I18n.tr("leads.moved", change.trackName(), Lanes.title(to)));
            applied.accept(change);
        });
        return true;
    }

    /** Takes back the newest change; {@code applied} gets the reversing change once stored. */
    public boolean undo(Consumer<StageChange> applied) {
        if (busy.get()) {
            return false;
        }
        Optional<StageChange> last = undo.pop();
        last.map(StageChange::reversed).ifPresent(change -> write(change, () -> {
            message.set(I18n.tr("leads.undone", change.trackName(), Lanes.title(change.to())));
            applied.accept(change);
        }));
        return last.isPresent();
    }

    private void write(StageChange change, Runnable onStored) {
        busy.set(true);
        executor.submit("lead-stage", () -> {
            writer.setStage(change.trackId(), change.to());
            return change;
        }, stored -> {
            busy.set(false);
            errorMessage.set(null);
            onStored.run();
        }, error -> {
            busy.set(false);
            errorMessage.set(ErrorMessages.of(error));
        });
    }

    public LeadStageUndo undoStack() {
        return undo;
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

package com.scoutdesk.ui.leads;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The last stage changes, newest first, for Ctrl+Z. One instance is shared by every view that changes stages (kanban,
 * table), so Ctrl+Z takes back the last change wherever it was made. Small on purpose: undo is for a slip of the hand,
 * the activity log keeps the full history.
 */
public final class LeadStageUndo {

    /** How many changes can be taken back. */
    public static final int DEPTH = 20;

    private final Deque<StageChange> changes = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    public void push(StageChange change) {
        changes.addFirst(change);
        while (changes.size() > DEPTH) {
            changes.removeLast();
        }
        canUndo.set(true);
    }

    /** Takes the newest change off the stack; empty when there is nothing to undo. */
    public Optional<StageChange> pop() {
        Optional<StageChange> last = Optional.ofNullable(changes.pollFirst());
        canUndo.set(!changes.isEmpty());
        return last;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}

package com.scoutdesk.ui.leads;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The last stage moves, newest first, for Ctrl+Z. One instance is shared by every view that changes stages (kanban,
 * table, cards), so Ctrl+Z takes back the last move wherever it was made. A move is one lead dragged or the ticked
 * leads set at once; one Ctrl+Z takes back the whole move. Small on purpose: undo is for a slip of the hand, the
 * activity log keeps the full history.
 */
public final class LeadStageUndo {

    /** How many moves can be taken back. */
    public static final int DEPTH = 20;

    private final Deque<List<StageChange>> moves = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    /** Remembers a move of one or more leads; an empty one is not remembered. */
    public void push(List<StageChange> move) {
        if (move.isEmpty()) {
            return;
        }
        moves.addFirst(List.copyOf(move));
        while (moves.size() > DEPTH) {
            moves.removeLast();
        }
        canUndo.set(true);
    }

    /** Takes the newest move off the stack; empty when there is nothing to undo. */
    public Optional<List<StageChange>> pop() {
        Optional<List<StageChange>> last = Optional.ofNullable(moves.pollFirst());
        canUndo.set(!moves.isEmpty());
        return last;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}

package com.scoutdesk.ui.leads;

import com.scoutdesk.service.TrackRow;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

/**
 * The rows of the cards grid over the whole result: row {@code i} holds cards {@code i * columns} onwards. Each
 * element is a fresh {@link Ref} after any change, so the list control redraws the rows it shows (a refilled window,
 * a new column count) and only those.
 */
final class CardRows extends ObservableListBase<CardRows.Ref> {

    /** A row of the grid as of one version of the result. */
    record Ref(int row, long version) {
    }

    private final ObservableList<TrackRow> cards;
    private int columns = 1;
    private long version;
    private int size;

    CardRows(ObservableList<TrackRow> cards) {
        this.cards = cards;
        cards.addListener((ListChangeListener<TrackRow>) change -> refresh());
        size = rowCount();
    }

    void setColumns(int value) {
        if (value != columns && value > 0) {
            columns = value;
            refresh();
        }
    }

    int columns() {
        return columns;
    }

    @Override
    public Ref get(int index) {
        return new Ref(index, version);
    }

    @Override
    public int size() {
        return size;
    }

    private int rowCount() {
        return (cards.size() + columns - 1) / columns;
    }

    private void refresh() {
        List<Ref> removed = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            removed.add(new Ref(i, version));
        }
        version++;
        size = rowCount();
        beginChange();
        if (removed.isEmpty()) {
            nextAdd(0, size);
        } else if (size == 0) {
            nextRemove(0, removed);
        } else {
            nextReplace(0, size, removed);
        }
        endChange();
    }
}

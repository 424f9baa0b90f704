package com.scoutdesk.ui.leads;

import com.scoutdesk.service.TrackRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The whole result as a list the size of its total, holding only the windows loaded so far ({@code null} elsewhere),
 * so a virtualized control can scroll over 20,000 tracks while a few hundred are in memory as rows. Every change is
 * one contiguous change event: a window arriving repaints the cells it covers in one layout pass.
 */
final class SparseRows extends ObservableListBase<TrackRow> {

    private final List<TrackRow> data = new ArrayList<>();

    @Override
    public TrackRow get(int index) {
        return data.get(index);
    }

    @Override
    public int size() {
        return data.size();
    }

    /** Puts a loaded window in place; a total that moved since the last window resizes the list first. */
    void fill(int offset, List<TrackRow> window, int total) {
        if (total != data.size()) {
            List<TrackRow> content = new ArrayList<>(data.subList(0, Math.min(total, data.size())));
            content.addAll(Collections.nCopies(Math.max(0, total - data.size()), null));
            put(content, offset, window);
            replaceAll(content);
            return;
        }
        int from = Math.min(offset, total);
        int to = Math.min(offset + window.size(), total);
        if (from == to) {
            return;
        }
        List<TrackRow> removed = new ArrayList<>(data.subList(from, to));
        put(data, offset, window);
        beginChange();
        nextReplace(from, to, removed);
        endChange();
    }

    /** Forgets every loaded row outside {@code [from, to)}, keeping the size: those windows load again when shown. */
    void forgetOutside(int from, int to) {
        List<TrackRow> content = new ArrayList<>(data);
        for (int i = 0; i < content.size(); i++) {
            if (i < from || i >= to) {
                content.set(i, null);
            }
        }
        replaceAll(content);
    }

    /** Takes the row of this track out of the list; false when it is not among the loaded rows. */
    boolean removeTrack(long trackId) {
        for (int i = 0; i < data.size(); i++) {
            TrackRow row = data.get(i);
            if (row != null && row.id() == trackId) {
                data.remove(i);
                beginChange();
                nextRemove(i, row);
                endChange();
                return true;
            }
        }
        return false;
    }

    private static void put(List<TrackRow> target, int offset, List<TrackRow> window) {
        for (int i = 0; i < window.size() && offset + i < target.size(); i++) {
            target.set(offset + i, window.get(i));
        }
    }

    private void replaceAll(List<TrackRow> content) {
        List<TrackRow> removed = new ArrayList<>(data);
        data.clear();
        data.addAll(content);
        beginChange();
        // One replacement, not a removal and an addition: a list control then keeps its cells and scroll position.
        if (removed.isEmpty()) {
            nextAdd(0, data.size());
        } else if (data.isEmpty()) {
            nextRemove(0, removed);
        } else {
            nextReplace(0, data.size(), removed);
        }
        endChange();
    }
}

package com.scoutdesk.ui.dashboard;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The tracks the scout has ticked, by track id: it survives re-sorting and window loads because it never refers to a
 * row's position. Cells read it when they are drawn and listen to {@link #versionProperty()} (one listener per cell,
 * not per row) to redraw their tick.
 */
public final class LeadSelection {

    private final Set<Long> ids = new LinkedHashSet<>();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper(this, "version");
    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper(this, "count");

    public boolean contains(long id) {
        return ids.contains(id);
    }

    /** The selected ids in the order they were selected. */
    public List<Long> ids() {
        return List.copyOf(ids);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    void only(long id) {
        ids.clear();
        ids.add(id);
        changed();
    }

    void toggle(long id) {
        if (!ids.remove(id)) {
            ids.add(id);
        }
        changed();
    }

    void add(Collection<Long> more) {
        ids.addAll(more);
        changed();
    }

    void replace(Collection<Long> all) {
        ids.clear();
        ids.addAll(all);
        changed();
    }

    void clear() {
        if (!ids.isEmpty()) {
            ids.clear();
            changed();
        }
    }

    private void changed() {
        count.set(ids.size());
        version.set(version.get() + 1);
    }

    /** Bumped on every change. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}

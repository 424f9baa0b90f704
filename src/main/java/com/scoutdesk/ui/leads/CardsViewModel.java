package com.scoutdesk.ui.leads;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.TrackFilter;
import com.scoutdesk.service.TrackQueryService;
import com.scoutdesk.service.TrackRow;
import com.scoutdesk.service.TrackSort;
import java.util.Objects;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * The cards view's state: the same whole result, in the same order, as the table, loaded window by window as the
 * grid scrolls. The dashboard calls {@link #show} with its filter and sort.
 */
public final class CardsViewModel {

    private final TrackQueryService tracks;
    private final WindowedRows rows;

    public CardsViewModel(TrackQueryService tracks, TaskExecutor executor) {
        this.tracks = Objects.requireNonNull(tracks);
        this.rows = new WindowedRows(executor, "cards-window");
    }

    /** Shows every track the filter matches, in this order. */
    public void show(TrackFilter filter, TrackSort sort) {
        Objects.requireNonNull(filter);
        Objects.requireNonNull(sort);
        rows.show((offset, limit) -> tracks.find(filter, sort, offset, limit));
    }

    /** A card shows {@code index} before its row is loaded. */
    public void need(int index) {
        rows.need(index);
    }

    /** Loads what is shown again, as after tracks changed under the view (enrichment, a stage change elsewhere). */
    public void reload() {
        rows.reload();
    }

    public void dispose() {
        rows.dispose();
    }

    /** The whole result, {@code null} where a window is not loaded yet. */
    public ObservableList<TrackRow> rows() {
        return rows.rows();
    }

    public ReadOnlyLongProperty totalProperty() {
        return rows.totalProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return rows.errorMessageProperty();
    }
}

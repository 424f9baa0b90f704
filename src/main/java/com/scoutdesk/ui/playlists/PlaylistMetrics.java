package com.scoutdesk.ui.playlists;

import com.scoutdesk.service.PlaylistSummary;
import com.scoutdesk.ui.common.Formats;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The four numbers above the playlist table, counted from the rows the page shows: a playlist hidden while its delete
 * can still be undone no longer counts, so the cards agree with the table.
 */
public final class PlaylistMetrics {

    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", Formats.NONE);
    private final ReadOnlyStringWrapper tracks = new ReadOnlyStringWrapper(this, "tracks", Formats.NONE);
    private final ReadOnlyStringWrapper editorial = new ReadOnlyStringWrapper(this, "editorial", Formats.NONE);
    private final ReadOnlyStringWrapper userAdded = new ReadOnlyStringWrapper(this, "userAdded", Formats.NONE);

    void update(List<PlaylistSummary> shown) {
        long editorialCount = shown.stream().filter(PlaylistSummary::editorial).count();
        total.set(Formats.count((long) shown.size()));
        // The newest week's entries of each playlist: what the playlists hold now, not every week ever read.
        tracks.set(Formats.count(shown.stream().mapToLong(PlaylistSummary::tracksLatestWeek).sum()));
        editorial.set(Formats.count(editorialCount));
        userAdded.set(Formats.count(shown.size() - editorialCount));
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tracksProperty() {
        return tracks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty editorialProperty() {
        return editorial.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userAddedProperty() {
        return userAdded.getReadOnlyProperty();
    }
}

package com.scoutdesk.integration.spotify;

import com.scoutdesk.model.fetch.FetchedTrack;
import java.time.Instant;
import java.util.List;

/**
 * One page of a playlist's items, whichever endpoint and parser served it.
 *
 * @param total the playlist's item count as this page states it
 */
record ItemsPage(List<Entry> entries, int total) {

    ItemsPage {
        entries = List.copyOf(entries);
    }

    /** What one slot of the playlist held. */
    enum Kind { TRACK, LOCAL, UNAVAILABLE }

    /** One slot: a track (with when it was added), a local file, or nothing usable (removed track, episode). */
    record Entry(Kind kind, FetchedTrack track, Instant addedAt) {

        static Entry track(FetchedTrack track, Instant addedAt) {
            return new Entry(Kind.TRACK, track, addedAt);
        }

        static Entry local() {
            return new Entry(Kind.LOCAL, null, null);
        }

        static Entry unavailable() {
            return new Entry(Kind.UNAVAILABLE, null, null);
        }
    }
}

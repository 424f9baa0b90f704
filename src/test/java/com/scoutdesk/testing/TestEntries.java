package com.scoutdesk.testing;

import com.scoutdesk.model.PerformanceSnapshot;
import com.scoutdesk.model.Playlist;
import com.scoutdesk.model.PlaylistEntry;
import com.scoutdesk.model.Track;
import java.time.Instant;
import java.time.LocalDate;

/** New, unsaved weekly rows of a track (a playlist appearance, a performance snapshot) for tests to persist. */
public final class TestEntries {

    private TestEntries() {
    }

    /** The track on the playlist in the week starting {@code week}, first and last seen {@code at}. */
    public static PlaylistEntry entry(Playlist playlist, Track track, LocalDate week, Integer position, Instant at) {
        PlaylistEntry e = new PlaylistEntry();
        e.setWeekStart(week);
        e.setPlaylist(playlist);
        e.setTrack(track);
        e.setPosition(position);
        e.setFirstSeenAt(at);
        e.setLastSeenAt(at);
        return e;
    }

    /** The week's streams and YouTube views (either null when not captured), captured {@code at}. */
    public static PerformanceSnapshot snapshot(Track track, LocalDate week, Long streams, Long views, Instant at) {
        PerformanceSnapshot s = new PerformanceSnapshot();
        s.setTrack(track);
        s.setWeekStart(week);
        s.setStreams(streams);
        s.setYoutubeViews(views);
        s.setCapturedAt(at);
        return s;
    }
}

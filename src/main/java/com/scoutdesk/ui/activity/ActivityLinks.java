package com.scoutdesk.ui.activity;

/** Where a line of the activity log leads: the window opens the track's details or shows the playlist. */
public interface ActivityLinks {

    void openTrack(long trackId);

    void openPlaylist(long playlistId);

    /** Links that go nowhere, for a page shown on its own. */
    static ActivityLinks none() {
        return new ActivityLinks() {
            @Override
            public void openTrack(long trackId) {
            }

            @Override
            public void openPlaylist(long playlistId) {
            }
        };
    }
}

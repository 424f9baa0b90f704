package com.scoutdesk.performance;

/** Hears how the weekly refresh of play counts and views is going; called on the job's thread. */
public interface RefreshListener {

    RefreshListener NONE = (refreshed, total) -> { };

    /** {@code refreshed} of {@code total} tracks have had every refreshed tier answer or give up. */
    void progress(long refreshed, long total);
}

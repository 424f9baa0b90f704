package com.scoutdesk.tracking;

/**
 * Hears of each playlist fetch of {@link TrackingService#fetchAll(boolean, FetchListener)} as it finishes, so that a
 * refresh of many playlists (minutes, with the web player) shows how far it got instead of nothing until the end.
 */
@FunctionalInterface
public interface FetchListener {

    /** Ignores every fetch. */
    FetchListener NONE = (number, of, result) -> { };

    /**
     * @param number which fetch this was, from 1
     * @param of     how many this run fetches
     */
    void fetched(int number, int of, FetchResult result);
}

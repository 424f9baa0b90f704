package com.scoutdesk.service;

/**
 * Hears of each playlist of a fetch of many as it finishes (a refresh takes minutes with the web player), and of the
 * providers' waits in between.
 */
public interface PlaylistFetchListener extends ProviderWaitListener {

    /** Ignores everything. */
    PlaylistFetchListener NONE = (number, of, report) -> { };

    /**
     * @param number which fetch this was, from 1
     * @param of     how many this run fetches
     */
    void fetched(int number, int of, FetchReport report);
}

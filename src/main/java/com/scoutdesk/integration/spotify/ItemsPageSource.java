package com.scoutdesk.integration.spotify;

/** Reads one page of a playlist's items from one endpoint. */
interface ItemsPageSource {

    ItemsPage page(String playlistId, int offset, int limit);
}

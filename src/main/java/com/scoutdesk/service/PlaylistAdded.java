package com.scoutdesk.service;

import java.util.Optional;

/**
 * A playlist just added to the tracked ones.
 *
 * @param fetch   what fetching it did, when it was fetched at once
 * @param offline when no source could be reached: the playlist is kept, not yet checked, and this says so
 */
public record PlaylistAdded(long playlistId, String name, boolean editorial, Optional<FetchReport> fetch,
                            Optional<String> offline) {
}

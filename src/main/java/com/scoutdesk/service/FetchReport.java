package com.scoutdesk.service;

import com.scoutdesk.model.FetchMethod;
import com.scoutdesk.model.FetchOutcome;
import com.scoutdesk.model.Week;

/**
 * What one fetch or import of a playlist did.
 *
 * @param source   which source served it; null when every source failed
 * @param expected items the source said the playlist has, or null
 * @param added    tracks new against the previous complete fetch; null when unknown
 * @param dropped  tracks gone against the previous complete fetch; null unless this fetch was complete
 * @param message  for the scout: what happened and what will happen
 */
public record FetchReport(long playlistId, String playlistName, Week week, FetchOutcome outcome, FetchMethod source,
                          int itemsRead, Integer expected, Integer added, Integer dropped, int newTracks,
                          String message) {
}
